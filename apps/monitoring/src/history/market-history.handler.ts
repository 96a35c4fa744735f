import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { MarketHistoryImported, type MarketHistoryImportedData } from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { MarketHistoryService } from './market-history.service';

/** Imported history read back from its topic: the rules of its market are evaluated; a rebuild records it again. */
@Controller()
export class MarketHistoryHandler {
  constructor(private readonly history: MarketHistoryService) {}

  @EventPattern(MarketHistoryImported.type)
  async onImported(
    @Payload() e: ConsumedEvent<MarketHistoryImportedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.history.apply(context.transaction, e.data);
  }
}
