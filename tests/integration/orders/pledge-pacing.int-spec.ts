import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PledgeBehindPace, Topics } from '@hb/contracts';
import { Clock, createService, startService } from '@hb/platform';
import {
  type BuyerPace,
  PledgePacingService,
  type BuyerReliefProgress,
  ordersService,
} from '../../../apps/orders/src';
import { tokenFor } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

/**
 * Pledge pacing with the clock at the end of November 2026: 334 of 365 days gone, so a pledge of
 * 15,000,000 cents has a pace of 13,726,027. Two replicas of orders share one database and group.
 */
describe('pledge pacing and the month-end warning across two replicas (real PostgreSQL and Kafka)', () => {
  let orders: RunningService;
  let replica: NestFastifyApplication;
  let relief: TopicReader;
  let admin: string;
  const monthEnd = new Date('2026-12-01T00:00:00.000Z');
  const pace = 13_726_027;
  const buyers: Record<'late' | 'justLate' | 'withinTolerance' | 'ahead' | 'noPledge', string> = {} as never;

  const register = async (name: string, pledged: boolean) => {
    const answer = await orders.call({
      method: 'POST',
      url: '/v1/buyers',
      token: admin,
      body: pledged
        ? {
            name,
            kind: 'budget_unit',
            regionCode: '510703',
            annualFoodBudgetCents: 100_000_000,
            pledgedSharePercent: 15,
          }
        : { name, kind: 'retailer', regionCode: '510703' },
    });
    expect(answer.status).toBe(201);
    return String(answer.body.id);
  };

  /** Relief the buyer spent in November: one ledger entry of an accepted order. */
  const spent = async (buyerId: string, cents: number) => {
    const orderId = randomUUID();
    await orders.db.query(
      `INSERT INTO orders (id, buyer_id, status, delivery_address, requested_delivery_date, total_cents)
       VALUES ($1, $2, 'COMPLETED', 'Fucheng canteen', '2026-11-10', $3)`,
      [orderId, buyerId, cents],
    );
    await orders.db.query(
      `INSERT INTO relief_entries (id, order_id, buyer_id, product_id, producer_id, county_code, poverty_status,
                                   quantity, amount_cents, recorded_at)
       VALUES ($1, $2, $3, $4, $5, '513431', 'deep', 1, $6, '2026-11-15T08:00:00Z')`,
      [randomUUID(), orderId, buyerId, randomUUID(), randomUUID(), cents],
    );
  };

  const setClock = (at: Date) => {
    for (const app of [orders.app, replica]) jest.spyOn(app.get(Clock), 'now').mockReturnValue(at);
  };

  beforeAll(async () => {
    // One buyer per sweep transaction: the month-end sweep's batches are what its test shows.
    process.env.SWEEP_BATCH_SIZE = '1';
    orders = await runService(ordersService, 'pacing');
    replica = await createService(ordersService, {
      databaseUrl: orders.db.url,
      messaging: { topicPrefix: orders.prefix, groupId: orders.groupId },
    });
    await startService(replica);
    relief = await orders.read(Topics.relief.name);
    admin = await tokenFor('admin', 'harvest-bridge-ops');
    buyers.late = await register('Fucheng No. 1 Middle School canteen', true);
    buyers.justLate = await register('Mianyang Municipal Government canteen', true);
    buyers.withinTolerance = await register('Jiangyou People’s Hospital canteen', true);
    buyers.ahead = await register('Fucheng District Government canteen', true);
    buyers.noPledge = await register('Mianyang Fresh Market Ltd', false);
    await spent(buyers.justLate, 12_300_000); // 1,426,027 behind: 10.39 % of the pace
    await spent(buyers.withinTolerance, 12_400_000); // 1,326,027 behind: 9.66 %
    await spent(buyers.ahead, 14_000_000);
    await spent(buyers.noPledge, 5_000_000);
    setClock(monthEnd);
  });

  afterAll(async () => {
    delete process.env.SWEEP_BATCH_SIZE;
    jest.restoreAllMocks();
    await replica?.close();
    await orders?.stop();
  });

  it("adds the pace to a buyer's progress, and nulls for a buyer without a pledge", async () => {
    const late = (
      await orders.call({
        method: 'GET',
        url: `/v1/relief/buyers/${buyers.late}`,
        token: await tokenFor('buyer', buyers.late),
      })
    ).body as BuyerReliefProgress;
    expect(late).toMatchObject({ paceCents: pace, behindPaceCents: pace, onPace: false, spentCents: 0 });
    const within = (
      await orders.call({ method: 'GET', url: `/v1/relief/buyers/${buyers.withinTolerance}`, token: admin })
    ).body as BuyerReliefProgress;
    expect(within).toMatchObject({ paceCents: pace, behindPaceCents: pace - 12_400_000, onPace: true });
    const ahead = (
      await orders.call({ method: 'GET', url: `/v1/relief/buyers/${buyers.ahead}`, token: admin })
    ).body as BuyerReliefProgress;
    expect(ahead).toMatchObject({ behindPaceCents: 0, onPace: true });
    const none = (
      await orders.call({ method: 'GET', url: `/v1/relief/buyers/${buyers.noPledge}`, token: admin })
    ).body as BuyerReliefProgress;
    expect(none).toMatchObject({ paceCents: null, behindPaceCents: null, onPace: null });
  });

  it('lists the buyers behind pace for administrators only, furthest behind first, page by page', async () => {
    const first = await orders.call({
      method: 'GET',
      url: '/v1/relief/buyers?behindPace=true&limit=1',
      token: admin,
    });
    expect(first.status).toBe(200);
    const second = await orders.call({
      method: 'GET',
      url: `/v1/relief/buyers?behindPace=true&limit=1&cursor=${first.body.nextCursor}`,
      token: admin,
    });
    const behind = [...first.body.items, ...second.body.items] as BuyerPace[];
    expect(behind.map((row) => [row.buyerId, row.behindPaceCents, row.onPace])).toEqual([
      [buyers.late, pace, false],
      [buyers.justLate, pace - 12_300_000, false],
    ]);
    expect(second.body.nextCursor).toBeNull();
    const others = (
      await orders.call({ method: 'GET', url: '/v1/relief/buyers?behindPace=false', token: admin })
    ).body.items as BuyerPace[];
    expect(others.map((row) => row.buyerId)).toEqual([buyers.withinTolerance, buyers.ahead]);
    expect(
      (
        await orders.call({
          method: 'GET',
          url: '/v1/relief/buyers',
          token: await tokenFor('county_official', '513431'),
        })
      ).status,
    ).toBe(403);
    expect(
      (await orders.call({ method: 'GET', url: '/v1/relief/buyers?behindPace=maybe', token: admin })).status,
    ).toBe(400);
  });

  it('warns each late buyer once for the month, a batch at a time, however many replicas sweep and however often', async () => {
    setClock(new Date('2026-12-01T00:10:00.000Z'));
    const sweeps = [orders.app, replica].map((app) => app.get(PledgePacingService));
    const warned = await Promise.all([sweeps[0].sweepMonthEnd(), sweeps[1].sweepMonthEnd()]);
    expect(warned[0] + warned[1]).toBe(2);
    expect(await Promise.all(sweeps.map((sweep) => sweep.sweepMonthEnd()))).toEqual([0, 0]);

    const warnings = await waitFor(
      () => {
        const found = relief.envelopes().filter((envelope) => envelope.type === PledgeBehindPace.type);
        return found.length >= 2 ? found : undefined;
      },
      { what: 'the two warnings on the relief topic' },
    );
    expect(
      warnings
        .map((envelope) => [envelope.subject, envelope.data.month, envelope.data.behindPaceCents])
        .sort(),
    ).toEqual(
      [
        [buyers.late, '2026-11', pace],
        [buyers.justLate, '2026-11', pace - 12_300_000],
      ].sort(),
    );
    const [{ rows }] = await orders.db.query<{ rows: number }>(
      `SELECT count(*)::int AS rows FROM outbox WHERE type = $1`,
      [PledgeBehindPace.type],
    );
    expect(rows).toBe(2);
  });
});
