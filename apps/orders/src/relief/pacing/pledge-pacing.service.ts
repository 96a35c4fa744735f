import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PledgeBehindPace } from '@hb/contracts';
import { CrashPoints, event, Outbox } from '@hb/messaging';
import {
  Clock,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  type Page,
  pageOf,
  RequestValidationError,
  sweepBatchSize,
} from '@hb/platform';
import type { BuyerPace, ListBuyerPacesQuery, PaceFields } from './pace.dto';
import { PaceRepository, type PaceKey, type PaceRow } from './pace.repository';
import { PACING_CONFIG, type PacingConfig } from './pacing.config';
import { elapsedShare, isBehindBeyond, lastEndedMonth, pledgeYearOf } from './pledge-year';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const paceKeyOf = (row: PaceRow): PaceKey => [
  row.behindPaceCents,
  row.remainingPledgeCents,
  row.paired ? 1 : 0,
  row.buyerId,
];

/** The keyset position a ranking cursor stands for; anything else is a 400. */
export function paceKeyFrom(cursor: string): PaceKey {
  const [behind, remaining, paired, id] = decodeCursor(cursor, 4);
  if (
    Number.isSafeInteger(behind) &&
    Number.isSafeInteger(remaining) &&
    (paired === 0 || paired === 1) &&
    typeof id === 'string' &&
    UUID.test(id)
  ) {
    return [behind as number, remaining as number, paired, id];
  }
  throw new RequestValidationError([{ field: 'cursor', messages: ['cursor is not one this API gave out'] }]);
}

/**
 * Pledge pacing: where each pledged buyer stands against its pledge spread evenly over the calendar
 * year, the ranking of those furthest behind, and the month-end warning (once per buyer and month).
 */
@Injectable()
export class PledgePacingService {
  private readonly logger = new Logger(PledgePacingService.name);
  private readonly batchSize = sweepBatchSize();

  constructor(
    private readonly dataSource: DataSource,
    private readonly paces: PaceRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @Inject(PACING_CONFIG) private readonly config: PacingConfig,
  ) {}

  /** A buyer's pace now; nulls without a pledge. */
  async paceOf(buyerId: string): Promise<PaceFields> {
    const now = this.clock.now();
    const year = pledgeYearOf(now);
    const [row] = await this.dataSource.transaction((tx) =>
      this.paces.paces(tx, {
        yearStart: year.start,
        upTo: year.end,
        share: elapsedShare(year, now),
        buyerId,
      }),
    );
    if (!row) return { paceCents: null, behindPaceCents: null, onPace: null };
    return {
      paceCents: row.paceCents,
      behindPaceCents: row.behindPaceCents,
      onPace: !isBehindBeyond(row.paceCents, row.behindPaceCents, this.config.tolerancePercent),
    };
  }

  /** Pledged buyers, furthest behind first (administrators). */
  async list(query: ListBuyerPacesQuery): Promise<Page<BuyerPace>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const now = this.clock.now();
    const year = pledgeYearOf(now);
    const rows = await this.dataSource.transaction((tx) =>
      this.paces.paces(tx, {
        yearStart: year.start,
        upTo: year.end,
        share: elapsedShare(year, now),
        behind: query.behindPace
          ? { beyond: query.behindPace === 'true', tolerancePercent: this.config.tolerancePercent }
          : undefined,
        after: query.cursor ? paceKeyFrom(query.cursor) : undefined,
        limit: limit + 1,
      }),
    );
    return pageOf(rows, limit, paceKeyOf, (row) => ({
      buyerId: row.buyerId,
      name: row.name,
      kind: row.kind,
      year: year.year,
      pledgedCents: row.pledgedCents,
      spentCents: row.spentCents,
      paceCents: row.paceCents,
      behindPaceCents: row.behindPaceCents,
      onPace: !isBehindBeyond(row.paceCents, row.behindPaceCents, this.config.tolerancePercent),
      remainingCents: row.remainingPledgeCents,
    }));
  }

  /** Pledged buyers ranked for an emergency sale of a county: behind pace, pledge left, paired region. */
  async ranking(tx: EntityManager, countyCode: string, limit: number, after?: PaceKey): Promise<PaceRow[]> {
    const now = this.clock.now();
    const year = pledgeYearOf(now);
    return this.paces.paces(tx, {
      yearStart: year.start,
      upTo: year.end,
      share: elapsedShare(year, now),
      pairedWithCounty: countyCode,
      after,
      limit,
    });
  }

  /**
   * Warns each buyer behind its pace beyond the tolerance at the end of the month that ended last,
   * SWEEP_BATCH_SIZE buyers per transaction. A warning is a row per buyer and month written with its
   * event, and each batch takes only buyers without one: replicas sweeping at once, or a restart after
   * a crash between two batches, carry on where the last committed batch ended and warn nobody twice.
   * Returns how many were warned.
   */
  async sweepMonthEnd(): Promise<number> {
    const { month, end } = lastEndedMonth(this.clock.now());
    const year = pledgeYearOf(new Date(end.getTime() - 1));
    const share = elapsedShare(year, end);
    let warned = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (tx) => {
        const behind = await this.paces.paces(tx, {
          yearStart: year.start,
          upTo: end,
          share,
          behind: { beyond: true, tolerancePercent: this.config.tolerancePercent },
          notWarnedIn: month,
          limit: this.batchSize,
        });
        const warnedNow: string[] = [];
        for (const row of behind) {
          if (
            !(await this.paces.recordWarning(tx, row.buyerId, month, row.behindPaceCents, this.clock.now()))
          )
            continue;
          await this.outbox.append(
            tx,
            event(PledgeBehindPace, {
              buyerId: row.buyerId,
              month,
              pledgedCents: row.pledgedCents,
              paceCents: row.paceCents,
              spentCents: Math.max(row.spentCents, 0),
              behindPaceCents: row.behindPaceCents,
            }),
          );
          warnedNow.push(row.buyerId);
        }
        return { taken: behind.length, warnedNow };
      });
      warned += batch.warnedNow.length;
      if (batch.warnedNow.length > 0) CrashPoints.reached('sweep-after-batch', batch.warnedNow);
      // A batch another replica warned first (all its rows taken) ends this run; the next looks again.
      if (batch.taken < this.batchSize || batch.warnedNow.length === 0) break;
    }
    if (warned > 0)
      this.logger.log({ msg: 'buyers warned they are behind their pledge pace', month, warned });
    return warned;
  }
}
