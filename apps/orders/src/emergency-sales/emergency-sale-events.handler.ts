import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  EmergencySaleClosed,
  EmergencySaleOpened,
  type EmergencySaleClosedData,
  type EmergencySaleOpenedData,
} from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { EmergencyMatchingService } from './emergency-matching.service';

/** Learns of catalog's emergency sales, so that ordering from one and matching it never call catalog. */
@Controller()
export class EmergencySaleEventsHandler {
  constructor(private readonly matching: EmergencyMatchingService) {}

  @EventPattern(EmergencySaleOpened.type)
  async onOpened(
    @Payload() opened: ConsumedEvent<EmergencySaleOpenedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.matching.onOpened(context.transaction, opened.data);
  }

  @EventPattern(EmergencySaleClosed.type)
  async onClosed(
    @Payload() closed: ConsumedEvent<EmergencySaleClosedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.matching.onClosed(context.transaction, closed.data);
  }
}
