import { Module } from '@nestjs/common';
import { ColdChainModule } from '../cold-chain/cold-chain.module';
import { HistoryController } from './history.controller';
import { HistoryService } from './history.service';
import { ReadingRepository } from '../telemetry/reading.repository';

/** Temperature history of a shipment, downsampled for charts. */
@Module({
  imports: [ColdChainModule],
  controllers: [HistoryController],
  providers: [HistoryService, ReadingRepository],
})
export class HistoryModule {}
