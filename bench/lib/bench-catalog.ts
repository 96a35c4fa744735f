/**
 * The catalog service plus one bench-only route, for the HTTP benchmark's validated-POST comparison:
 * `POST /v1/bench/products-unvalidated` calls the same ProductsService.register as `POST
 * /v1/products`, with the same guards, but takes its body as a plain object, which Nest's
 * ValidationPipe passes through untouched (no class-transformer instance, no class-validator run, no
 * whitelist). Production never loads this file; the benchmark runs it as a child process:
 *
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/lib/bench-catalog.ts
 */
import 'reflect-metadata';
import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Principal } from '@hb/contracts';
import { Caller, Roles, runService } from '@hb/platform';
import { CatalogModule } from '../../apps/catalog/src/catalog.module';
import { ProductEvents } from '../../apps/catalog/src/products/product-events';
import type { CreateProductRequest, ProductView } from '../../apps/catalog/src/products/product.dto';
import { Product } from '../../apps/catalog/src/products/product.entity';
import { ProductRepository } from '../../apps/catalog/src/products/product.repository';
import { BrandRepository } from '../../apps/catalog/src/brands/brand.repository';
import { ProductsService } from '../../apps/catalog/src/products/products.service';
import { catalogService } from '../../apps/catalog/src/service';

@Controller('bench')
class UnvalidatedProductsController {
  constructor(private readonly products: ProductsService) {}

  /** POST /v1/products without validation: the body's declared type is `object`. */
  @Post('products-unvalidated')
  @Roles('producer', 'admin')
  @HttpCode(201)
  register(@Caller() caller: Principal, @Body() body: object): Promise<ProductView> {
    return this.products.register(caller, body as CreateProductRequest);
  }
}

@Module({
  imports: [CatalogModule, TypeOrmModule.forFeature([Product])],
  controllers: [UnvalidatedProductsController],
  providers: [ProductEvents, ProductRepository, BrandRepository, ProductsService],
})
class BenchCatalogModule {}

runService({ ...catalogService, module: BenchCatalogModule }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
