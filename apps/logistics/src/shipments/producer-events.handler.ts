import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { ProducerRegistered, type ProducerSnapshot } from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { ShipmentRepository } from './shipment.repository';

/** Remembers each producer's county, so that a county official sees the shipments leaving from it. */
@Controller()
export class ProducerEventsHandler {
  constructor(private readonly shipments: ShipmentRepository) {}

  @EventPattern(ProducerRegistered.type)
  async onProducerRegistered(
    @Payload() registered: ConsumedEvent<ProducerSnapshot>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.shipments.recordProducerCounty(
      context.transaction,
      registered.data.id,
      registered.data.countyCode,
    );
  }
}
