import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmergencySalesModule } from '../emergency-sales/emergency-sales.module';
import { Product } from '../products/product.entity';
import { Lot } from './lot.entity';
import { LotsController } from './lots.controller';
import { LotExpiryService } from './lot-expiry.service';
import { LotsService } from './lots.service';
import { OrderEventsHandler } from './order-events.handler';
import { Reservation, StockDecision } from './stock-decision.entity';
import { StockLevels } from './stock-levels';
import { StockReservationsService } from './stock-reservations.service';
import { StockRepository } from './stock.repository';

/** Harvest lots, stock levels (announced on catalog.inventory.v1), lot expiry, and reservation of stock for orders (first-expiry-first-out, all or nothing). */
@Module({
  imports: [TypeOrmModule.forFeature([Lot, Product, StockDecision, Reservation]), EmergencySalesModule],
  controllers: [LotsController, OrderEventsHandler],
  providers: [LotsService, StockReservationsService, StockLevels, StockRepository, LotExpiryService],
  exports: [StockReservationsService, StockLevels],
})
export class StockModule {}
