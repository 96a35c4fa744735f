import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { ProducerRegistered, type ProducerSnapshot } from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';

/** Remembers each producer's county, so that a county official sees the shipments leaving from it. */
@Controller()
export class ProducerEventsHandler {
  @EventPattern(ProducerRegistered.type)
  async onProducerRegistered(
    @Payload() registered: ConsumedEvent<ProducerSnapshot>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await context.transaction.query(
      `INSERT INTO producer_counties (producer_id, county_code) VALUES ($1, $2)
       ON CONFLICT (producer_id) DO UPDATE SET county_code = EXCLUDED.county_code`,
      [registered.data.id, registered.data.countyCode],
    );
  }
}
