import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Listing } from './listing.entity';
import { ListingRepository } from './listing.repository';
import { ListingsController } from './listings.controller';
import { ListingsService } from './listings.service';
import { ProducerListingRepository } from './producer-listing.repository';
import { ProducerListingsController } from './producer-listings.controller';
import { ProducerListingsService } from './producer-listings.service';

/** E-commerce platforms' storefront listings of registered products, and producers' view of them. */
@Module({
  imports: [TypeOrmModule.forFeature([Listing])],
  controllers: [ListingsController, ProducerListingsController],
  providers: [ListingsService, ListingRepository, ProducerListingsService, ProducerListingRepository],
})
export class ListingsModule {}
