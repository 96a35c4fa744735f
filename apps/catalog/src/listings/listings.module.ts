import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Listing } from './listing.entity';

/** E-commerce platforms' storefront listings of registered products. */
@Module({
  imports: [TypeOrmModule.forFeature([Listing])],
  controllers: [],
  providers: [],
})
export class ListingsModule {}
