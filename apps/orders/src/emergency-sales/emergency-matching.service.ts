import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  EmergencySaleOffered,
  type EmergencySaleClosedData,
  type EmergencySaleOpenedData,
  type Principal,
} from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import {
  Clock,
  creationPosition,
  DEFAULT_PAGE_SIZE,
  NotFoundError,
  type Page,
  pageOf,
  type PageQuery,
} from '@hb/platform';
import { PACING_CONFIG, type PacingConfig } from '../relief/pacing/pacing.config';
import { paceKeyFrom, paceKeyOf, PledgePacingService } from '../relief/pacing/pledge-pacing.service';
import type { EmergencyOfferView, EmergencySaleMatch } from './emergency-sale.dto';
import { EmergencySaleRepository, type KnownSale } from './emergency-sale.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who may see a sale's matches: administrators, the sale's producer, its county's official. */
export function canSeeMatches(
  caller: Principal,
  sale: Pick<KnownSale, 'producerId' | 'countyCode'>,
): boolean {
  if (caller.role === 'admin') return true;
  if (caller.role === 'producer') return caller.organisationId === sale.producerId;
  if (caller.role === 'county_official') return caller.organisationId === sale.countyCode;
  return false;
}

/**
 * Matches emergency sales to the buyers who should be asked first — those furthest behind their
 * pledge pace, then with the most pledge left, then in a region paired with the sale's county — and
 * offers each new sale to the top EMERGENCY_SALE_OFFER_TOP_N of them. Buyers without a pledge are
 * never matched nor offered anything.
 */
@Injectable()
export class EmergencyMatchingService {
  private readonly logger = new Logger(EmergencyMatchingService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly sales: EmergencySaleRepository,
    private readonly pacing: PledgePacingService,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @Inject(PACING_CONFIG) private readonly config: PacingConfig,
  ) {}

  /** Learns of a new sale and offers it, in the transaction that applies the event. */
  async onOpened(tx: EntityManager, sale: EmergencySaleOpenedData): Promise<void> {
    await this.sales.recordOpened(tx, sale);
    const top = await this.pacing.ranking(tx, sale.countyCode, this.config.offerTopN);
    const now = this.clock.now();
    const offers = top.map((row, index) => ({
      buyerId: row.buyerId,
      rank: index + 1,
      behindPaceCents: row.behindPaceCents,
      remainingPledgeCents: row.remainingPledgeCents,
    }));
    const fresh = await this.sales.recordOffers(tx, sale.saleId, offers, now);
    const sent = offers.filter((offer) => fresh.has(offer.buyerId));
    await this.outbox.append(
      tx,
      ...sent.map((offer) =>
        event(EmergencySaleOffered, {
          saleId: sale.saleId,
          buyerId: offer.buyerId,
          productId: sale.productId,
          countyCode: sale.countyCode,
          unitPriceCents: sale.unitPriceCents,
          rank: offer.rank,
          behindPaceCents: offer.behindPaceCents,
          remainingPledgeCents: offer.remainingPledgeCents,
          endsAt: sale.endsAt,
          offeredAt: now.toISOString(),
        }),
      ),
    );
    this.logger.log({ msg: 'emergency sale offered', saleId: sale.saleId, buyers: sent.length });
  }

  async onClosed(tx: EntityManager, sale: EmergencySaleClosedData): Promise<void> {
    if (!(await this.sales.recordClosed(tx, sale))) {
      this.logger.warn({ msg: 'closed an emergency sale orders never saw opened', saleId: sale.saleId });
    }
  }

  async matches(caller: Principal, saleId: string, query: PageQuery): Promise<Page<EmergencySaleMatch>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor ? paceKeyFrom(query.cursor) : undefined;
    const rows = await this.dataSource.transaction(async (tx) => {
      const sale = await this.sales.find(tx, saleId);
      if (!sale || !canSeeMatches(caller, sale)) throw new NotFoundError('emergency sale', saleId);
      return this.pacing.ranking(tx, sale.countyCode, limit + 1, after);
    });
    return pageOf(rows, limit, paceKeyOf, (row) => ({
      buyerId: row.buyerId,
      name: row.name,
      kind: row.kind,
      remainingPledgeCents: row.remainingPledgeCents,
      behindPaceCents: row.behindPaceCents,
      paired: row.paired,
    }));
  }

  /** A buyer's offers of sales still open, newest first. */
  async openOffers(caller: Principal, query: PageQuery): Promise<Page<EmergencyOfferView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor ? creationPosition(query.cursor) : undefined;
    if (!UUID.test(caller.organisationId)) return { items: [], nextCursor: null };
    const rows = await this.dataSource.transaction((tx) =>
      this.sales.openOffersOf(tx, caller.organisationId, this.clock.now(), limit, after),
    );
    return pageOf(
      rows,
      limit,
      (row) => [row.position, row.saleId],
      (row) => ({
        saleId: row.saleId,
        productId: row.productId,
        productName: row.productName,
        countyCode: row.countyCode,
        quantity: row.quantity,
        unitPriceCents: row.unitPriceCents,
        reason: row.reason,
        endsAt: row.endsAt.toISOString(),
        rank: row.rank,
        behindPaceCents: row.behindPaceCents,
        remainingPledgeCents: row.remainingPledgeCents,
        offeredAt: row.offeredAt.toISOString(),
      }),
    );
  }
}
