import { Module } from '@nestjs/common';
import { ProductsModule } from '../products/products.module';
import { PriceEventsHandler } from './price-events.handler';
import { PriceReviewController } from './price-review.controller';
import { PriceReviewService } from './price-review.service';

/** Prices flagged by monitoring, their review, and what it does to relief eligibility. */
@Module({
  imports: [ProductsModule],
  controllers: [PriceReviewController, PriceEventsHandler],
  providers: [PriceReviewService],
})
export class PriceReviewModule {}
