import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Brand } from './brand.entity';
import { BrandRepository } from './brand.repository';
import { BrandsController } from './brands.controller';
import { BrandsService } from './brands.service';

/** The brand catalogue: brands submitted, admitted or rejected (submitted → admitted | rejected), shown with their products. */
@Module({
  imports: [TypeOrmModule.forFeature([Brand])],
  controllers: [BrandsController],
  providers: [BrandRepository, BrandsService],
})
export class BrandsModule {}
