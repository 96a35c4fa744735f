import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Brand } from './brand.entity';
import { BrandRepository } from './brand.repository';
import { BrandsController } from './brands.controller';
import { BrandsService } from './brands.service';
import { ProducerBrandsController } from './producer-brands.controller';

/** The brand catalogue: brands submitted, admitted or rejected (submitted → admitted | rejected), shown with their products. */
@Module({
  imports: [TypeOrmModule.forFeature([Brand])],
  controllers: [BrandsController, ProducerBrandsController],
  providers: [BrandRepository, BrandsService],
})
export class BrandsModule {}
