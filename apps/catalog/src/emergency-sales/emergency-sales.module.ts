import { Module } from '@nestjs/common';
import { StockLevels } from '../stock/stock-levels';
import { StockRepository } from '../stock/stock.repository';
import { EmergencySaleEndService } from './emergency-sale-end.service';
import { EmergencySaleRepository } from './emergency-sale.repository';
import { EmergencySaleStock } from './emergency-sale-stock';
import { EmergencySalesController } from './emergency-sales.controller';
import { EmergencySalesService } from './emergency-sales.service';

/** Emergency sales: stock set aside for produce that cannot be sold the ordinary way, closed sold out, at its end or by hand. */
@Module({
  controllers: [EmergencySalesController],
  providers: [
    EmergencySaleRepository,
    EmergencySalesService,
    EmergencySaleStock,
    EmergencySaleEndService,
    StockLevels,
    StockRepository,
  ],
  exports: [EmergencySaleStock, EmergencySalesService],
})
export class EmergencySalesModule {}
