import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { LotRecalled, type LotRecalledData } from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { ShipmentLotsRepository } from './shipment-lots.repository';

/**
 * A recalled lot marks the shipments carrying it that are still moving (`recalled: true`): their
 * operator may now hold them. Delivered ones keep their story; the lot's EPCIS document shows the recall.
 */
@Controller()
export class LotRecallHandler {
  private readonly logger = new Logger(LotRecallHandler.name);

  constructor(private readonly lots: ShipmentLotsRepository) {}

  @EventPattern(LotRecalled.type)
  async onLotRecalled(
    @Payload() e: ConsumedEvent<LotRecalledData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    const marked = await this.lots.recordRecall(context.transaction, e.data);
    this.logger.log({ msg: 'lot recalled; moving shipments marked', lotId: e.data.lotId, shipments: marked });
  }
}
