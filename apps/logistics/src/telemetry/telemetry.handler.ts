import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { TelemetryReadingsRecorded, type TelemetryReadingsData } from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { TelemetryIngestService } from './telemetry-ingest.service';

/** Loggers (or their gateway) publish batches of readings on logistics.telemetry.v1, keyed by shipment. */
@Controller()
export class TelemetryHandler {
  constructor(private readonly telemetry: TelemetryIngestService) {}

  @EventPattern(TelemetryReadingsRecorded.type)
  async onReadings(
    @Payload() batch: ConsumedEvent<TelemetryReadingsData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.telemetry.recordDeviceBatch(
      context.transaction,
      context.batch,
      batch.data.shipmentId,
      batch.data.readings,
    );
  }
}
