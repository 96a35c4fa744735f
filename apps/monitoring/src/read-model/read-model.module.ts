import { Module } from '@nestjs/common';
import { FindingsModule } from '../evaluation/findings.module';
import { MarketEventsHandler } from './market-events.handler';
import { ReadModelRepository } from './read-model.repository';

/** The read model of the other services' events. */
@Module({
  imports: [FindingsModule],
  controllers: [MarketEventsHandler],
  providers: [ReadModelRepository],
})
export class ReadModelModule {}
