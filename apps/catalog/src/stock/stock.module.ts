import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Lot } from './lot.entity';

/** Harvest lots, stock levels, and reservation of stock for orders (first-expiry-first-out, all or nothing). */
@Module({
  imports: [TypeOrmModule.forFeature([Lot])],
  controllers: [],
  providers: [],
})
export class StockModule {}
