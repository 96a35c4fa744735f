import { Module } from '@nestjs/common';
import { FindingsModule } from '../evaluation/findings.module';
import { MarketHistoryController } from './market-history.controller';
import { MarketHistoryHandler } from './market-history.handler';
import { MarketHistoryRepository } from './market-history.repository';
import { MarketHistoryService } from './market-history.service';

/** Market history imported from counties' previous platforms. */
@Module({
  imports: [FindingsModule],
  controllers: [MarketHistoryController, MarketHistoryHandler],
  providers: [MarketHistoryRepository, MarketHistoryService],
})
export class MarketHistoryModule {}
