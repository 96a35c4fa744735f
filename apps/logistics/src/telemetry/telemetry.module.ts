import { Module } from '@nestjs/common';
import { ColdChainModule } from '../cold-chain/cold-chain.module';
import { ReadingRepository } from './reading.repository';
import { ReadingsController } from './readings.controller';
import { TelemetryHandler } from './telemetry.handler';
import { TelemetryIngestService } from './telemetry-ingest.service';

/** Temperature readings, over HTTP from operators and over Kafka from loggers. */
@Module({
  imports: [ColdChainModule],
  controllers: [ReadingsController, TelemetryHandler],
  providers: [TelemetryIngestService, ReadingRepository],
})
export class TelemetryModule {}
