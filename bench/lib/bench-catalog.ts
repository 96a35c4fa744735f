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
import { ModuleRef } from '@nestjs/core';
import type { Principal } from '@hb/contracts';
import { Caller, Roles, runService } from '@hb/platform';
import {
  CatalogModule,
  catalogService,
  ProductsService,
  type CreateProductRequest,
  type ProductView,
} from '../../apps/catalog/src';

@Controller('bench')
class UnvalidatedProductsController {
  constructor(private readonly modules: ModuleRef) {}

  /** POST /v1/products without validation: the body's declared type is `object`. */
  @Post('products-unvalidated')
  @Roles('producer', 'admin')
  @HttpCode(201)
  register(@Caller() caller: Principal, @Body() body: object): Promise<ProductView> {
    // The catalog's own instance, found across its modules (the products module does not export it).
    const products = this.modules.get(ProductsService, { strict: false });
    return products.register(caller, body as CreateProductRequest);
  }
}

@Module({ imports: [CatalogModule], controllers: [UnvalidatedProductsController] })
class BenchCatalogModule {}

runService({ ...catalogService, module: BenchCatalogModule }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
