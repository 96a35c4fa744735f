import { randomUUID } from 'node:crypto';
import {
  OrderConfirmed,
  TelemetryReadingsRecorded,
  type ProductCategory,
  type TelemetryReading,
} from '@hb/contracts';
import {
  type TemperatureHistoryView,
  type ShipmentPage,
  type ShipmentView,
  logisticsService,
} from '../../../apps/logistics/src';
import { ServiceMetrics } from '@hb/observability';
import { envelopeOf, EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import type { TopicReader } from '../../support/kafka';
import {
  confirmedLine,
  custodyMove,
  hoursAgo,
  MINUTE_MS,
  orderConfirmed,
  readingsFrom,
  steady,
} from '../../support/logistics-fixtures';
import { runService, type RunningService } from '../../support/service-harness';
import { waitFor } from '../../support/wait';

/** A chilled trip the Kafka tests replay in pieces: 40 readings from `from`, with two excursions. */
const tripWithTwoExcursions = (from: number) =>
  readingsFrom(from, [
    ...steady(10, 2.5),
    ...steady(6, 6.2),
    ...steady(10, 2.5),
    ...steady(4, 7),
    ...steady(10, 2.5),
  ]);

/** The excursions of tripWithTwoExcursions(from), however its batches arrive. */
const twoExcursionsOfTheTrip = (from: number) => [
  expect.objectContaining({
    start: new Date(from + 50 * MINUTE_MS).toISOString(),
    end: new Date(from + 80 * MINUTE_MS).toISOString(),
    minutes: 30,
  }),
  expect.objectContaining({
    start: new Date(from + 130 * MINUTE_MS).toISOString(),
    end: new Date(from + 150 * MINUTE_MS).toISOString(),
    minutes: 20,
  }),
];

describe('logistics: temperature telemetry, excursions and the cold-chain verdict (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let events: EventPublisherForTests;
  let shipmentEvents: TopicReader;
  let deadLetters: TopicReader;
  let admin: string;
  let coldlink: string;
  let otherFleet: string;

  const call = (method: 'GET' | 'POST', url: string, token: string, body?: unknown) =>
    svc.call({ method, url, token, body });

  /** A shipment of one product of `category`, claimed by ColdLink and picked up three hours ago... in custody time. */
  const shipmentOf = async (category: ProductCategory): Promise<string> => {
    const order = orderConfirmed([confirmedLine(randomUUID(), category)]);
    await events.publish(OrderConfirmed, order);
    await svc.caughtUp('orders.order.v1');
    const page = (await call('GET', `/v1/shipments?orderId=${order.orderId}`, admin)).body as ShipmentPage;
    const id = page.items[0].id;
    expect((await call('POST', `/v1/shipments/${id}/claim`, coldlink)).status).toBe(200);
    const pickedUp = await call(
      'POST',
      `/v1/shipments/${id}/events`,
      coldlink,
      custodyMove('picked_up', hoursAgo(8)),
    );
    expect(pickedUp.status).toBe(201);
    return id;
  };

  const post = (id: string, readings: unknown[], token = coldlink) =>
    call('POST', `/v1/shipments/${id}/readings`, token, { readings });

  const shipment = async (id: string) =>
    (await call('GET', `/v1/shipments/${id}`, admin)).body as ShipmentView;

  /** Takes the shipment the rest of the way and returns it as delivered. */
  const deliver = async (id: string): Promise<ShipmentView> => {
    const now = Date.now();
    for (const [index, type] of (['in_transit', 'out_for_delivery', 'delivered'] as const).entries()) {
      const answer = await call(
        'POST',
        `/v1/shipments/${id}/events`,
        coldlink,
        custodyMove(type, now - (2 - index) * 1000),
      );
      expect(answer.status).toBe(201);
    }
    return shipment(id);
  };

  const storedReadings = async (id: string) =>
    (
      await svc.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM temperature_readings WHERE shipment_id = $1`,
        [id],
      )
    )[0].n;

  const eventsOf = (id: string, type: string) =>
    shipmentEvents.envelopes().filter((envelope) => envelope.subject === id && envelope.type === type);

  beforeAll(async () => {
    svc = await runService(logisticsService, 'logistics-telemetry');
    events = await EventPublisherForTests.start(svc.prefix);
    shipmentEvents = await svc.read('logistics.shipment.v1');
    deadLetters = await svc.read(`${svc.groupId}.dlt`);
    admin = await tokenFor('admin', 'harvest-bridge-ops');
    coldlink = await tokenFor('operator', 'guiyang-coldlink');
    otherFleet = await tokenFor('operator', 'liangshan-express');
  });

  afterAll(async () => {
    await events?.stop();
    await svc?.stop();
  });

  describe('the verdict at delivery', () => {
    it('calls a chilled-goat trip that stayed at 0–4 °C ok, with the figures behind it', async () => {
      const id = await shipmentOf('chilled_meat');
      const temperatures = Array.from({ length: 72 }, (_, i) => 2 + (i % 4) * 0.5); // 6 hours, 2.0–3.5 °C
      const answer = await post(id, readingsFrom(hoursAgo(7), temperatures));
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ received: 72, stored: 72, duplicates: 0, afterDelivery: 0 });

      const delivered = await deliver(id);
      expect(delivered.coldChainVerdict).toBe('ok');
      expect(delivered.excursions).toEqual([]);
      expect(delivered.coldChainFigures).toEqual({
        minC: 2,
        maxC: 3.5,
        minutesOutOfRange: 0,
        longestExcursionMinutes: 0,
        mktC: expect.any(Number),
        readings: 72,
      });
      const announced = await waitFor(() => eventsOf(id, 'logistics.shipment.delivered.v1')[0]);
      expect(announced.data).toMatchObject({ coldChainVerdict: 'ok', figures: delivered.coldChainFigures });
    });

    it('breaches a trip that stayed warm longer than the allowed dwell, and shows when it happened', async () => {
      const id = await shipmentOf('chilled_meat'); // 0–4 °C, 30 minutes
      const from = hoursAgo(7);
      // An hour at 2.5 °C, 45 minutes at 7 °C (a reefer unit failed on the G75), then 2.5 °C again.
      const temperatures = [...steady(12, 2.5), ...steady(9, 7), ...steady(24, 2.5)];
      expect((await post(id, readingsFrom(from, temperatures))).status).toBe(200);

      const warm = await shipment(id);
      expect(warm.excursions).toEqual([
        {
          id: expect.any(String),
          direction: 'above',
          start: new Date(from + 60 * MINUTE_MS).toISOString(),
          end: new Date(from + 105 * MINUTE_MS).toISOString(),
          peakC: 7,
          minutes: 45,
          severity: 'major',
        },
      ]);
      const excursionId = warm.excursions[0].id;
      const detected = await waitFor(
        () => eventsOf(id, 'logistics.shipment.temperatureExcursionDetected.v1')[0],
      );
      expect(detected.data).toMatchObject({
        excursionId,
        startedAt: warm.excursions[0].start,
        direction: 'above',
      });
      const ended = await waitFor(() => eventsOf(id, 'logistics.shipment.temperatureExcursionEnded.v1')[0]);
      expect(ended.data).toMatchObject({
        excursionId,
        endedAt: warm.excursions[0].end,
        minutes: 45,
        severity: 'major',
      });

      const delivered = await deliver(id);
      expect(delivered.coldChainVerdict).toBe('breached');
      expect(delivered.coldChainFigures).toMatchObject({
        maxC: 7,
        minutesOutOfRange: 45,
        longestExcursionMinutes: 45,
      });
    });

    it('calls a short warm spell within the dwell an excursion, not a breach', async () => {
      const id = await shipmentOf('chilled_meat');
      const temperatures = [...steady(36, 2.5), ...steady(3, 5), ...steady(36, 2.5)]; // 15 minutes at 5 °C
      expect((await post(id, readingsFrom(hoursAgo(7), temperatures))).status).toBe(200);
      const delivered = await deliver(id);
      expect(delivered.coldChainVerdict).toBe('excursion');
      expect(delivered.excursions).toEqual([expect.objectContaining({ minutes: 15, severity: 'minor' })]);
    });

    it('counts Hainan mangoes held at 8 °C as out of range: tropical fruit suffers chilling injury below 12 °C', async () => {
      const id = await shipmentOf('tropical_fruit'); // 12–15 °C, 120 minutes
      const temperatures = [...steady(6, 13), ...steady(36, 8), ...steady(6, 13)]; // three hours at 8 °C
      expect((await post(id, readingsFrom(hoursAgo(6), temperatures))).status).toBe(200);
      const delivered = await deliver(id);
      expect(delivered.excursions).toEqual([
        expect.objectContaining({ direction: 'below', peakC: 8, minutes: 180, severity: 'major' }),
      ]);
      expect(delivered.coldChainVerdict).toBe('breached');
      expect(delivered.coldChainFigures?.minC).toBe(8);
    });

    it('matches the hand-computed mean kinetic temperature: 2, 2, 2 and 14 °C give 6.91 °C', async () => {
      const id = await shipmentOf('tea'); // 0–25 °C: every reading in range
      expect((await post(id, readingsFrom(hoursAgo(4), [2, 2, 2, 14], { everyMinutes: 30 }))).status).toBe(
        200,
      );
      // ΔH/R = 10 000.48 K; (3·e^(−ΔH/R/275.15) + e^(−ΔH/R/287.15)) / 4 = 3.105944e−16; ln → −35.708044;
      // 10 000.48 / 35.708044 = 280.0624 K = 6.9124 °C (the arithmetic mean is 5 °C).
      const history = (await call('GET', `/v1/shipments/${id}/temperature?bucket=1h`, admin))
        .body as TemperatureHistoryView;
      expect(history.mktC).toBe(6.91);
      const delivered = await deliver(id);
      expect(delivered.coldChainFigures?.mktC).toBe(6.91);
      expect(delivered.coldChainVerdict).toBe('ok');
    });
  });

  describe('late, buffered and repeated readings', () => {
    it('does not invent an excursion from readings sent twice or arriving out of order', async () => {
      const id = await shipmentOf('chilled_meat');
      const from = hoursAgo(7);
      const trip = readingsFrom(
        from,
        Array.from({ length: 36 }, (_, i) => 1.5 + (i % 5) * 0.4),
      ); // three hours
      const [first, buffered, last] = [trip.slice(0, 12), trip.slice(12, 24), trip.slice(24)];

      expect((await post(id, first)).body).toMatchObject({ stored: 12 });
      // A flaky gateway repeats two readings within the same batch.
      expect((await post(id, [...last, ...last.slice(0, 2)])).body).toMatchObject({
        stored: 12,
        duplicates: 2,
      });
      // The logger lost its signal for an hour; its buffer arrives after the later readings, and
      // the gateway resends the first batch for good measure.
      expect((await post(id, [...buffered].reverse())).body).toMatchObject({ stored: 12, duplicates: 0 });
      expect((await post(id, [...first, ...first.slice(0, 3)])).body).toEqual({
        received: 15,
        stored: 0,
        duplicates: 15,
        afterDelivery: 0,
      });

      // Device time is kept to the millisecond: a clock that adds microseconds repeats itself.
      const finer = { ...first[5], recordedAt: first[5].recordedAt.replace(/\.(\d{3})Z$/, '.$1400Z') };
      expect((await post(id, [finer])).body).toMatchObject({ stored: 0, duplicates: 1 });

      expect(await storedReadings(id)).toBe(36);
      const delivered = await deliver(id);
      expect(delivered.excursions).toEqual([]);
      expect(delivered.coldChainVerdict).toBe('ok');
      expect(delivered.coldChainFigures?.readings).toBe(36);
      expect(eventsOf(id, 'logistics.shipment.temperatureExcursionDetected.v1')).toEqual([]);
    });

    it('places the excursion of a buffered upload where it happened by device time, not when it arrived', async () => {
      const id = await shipmentOf('chilled_meat');
      const from = hoursAgo(7);
      const temperatures = [...steady(12, 2.5), ...steady(4, 6), ...steady(20, 2.5)];
      const trip = readingsFrom(from, temperatures);
      expect((await post(id, [...trip.slice(0, 10), ...trip.slice(20)])).status).toBe(200);
      expect((await shipment(id)).excursions).toEqual([]);

      expect((await post(id, trip.slice(10, 20))).status).toBe(200);
      const after = await shipment(id);
      expect(after.excursions).toEqual([
        expect.objectContaining({
          start: new Date(from + 60 * MINUTE_MS).toISOString(),
          end: new Date(from + 80 * MINUTE_MS).toISOString(),
          minutes: 20,
          severity: 'minor',
        }),
      ]);
      expect(after.coldChainFigures?.readings).toBe(36);
    });

    it('keeps an excursion open across batches and closes it when the logger reads in range again', async () => {
      const id = await shipmentOf('chilled_meat');
      const from = hoursAgo(7);
      const trip = readingsFrom(from, [...steady(12, 2.5), ...steady(8, 6.2), ...steady(12, 2.5)]);
      await post(id, trip.slice(0, 15));
      const open = await shipment(id);
      expect(open.excursions).toEqual([
        expect.objectContaining({ end: null, minutes: 10, severity: 'minor' }),
      ]);
      await post(id, trip.slice(15, 25));
      const closed = await shipment(id);
      expect(closed.excursions).toEqual([
        expect.objectContaining({
          id: open.excursions[0].id,
          minutes: 40,
          severity: 'major',
          end: expect.any(String),
        }),
      ]);
    });
  });

  describe('readings from loggers over Kafka', () => {
    it('stores a batch a logger published on logistics.telemetry.v1 and judges it', async () => {
      const id = await shipmentOf('chilled_meat');
      const from = hoursAgo(6);
      await events.publish(TelemetryReadingsRecorded, {
        shipmentId: id,
        readings: readingsFrom(from, [...steady(12, 2.5), ...steady(8, 6.5), ...steady(12, 2.5)]),
      });
      await svc.caughtUp('logistics.telemetry.v1');

      expect(await storedReadings(id)).toBe(32);
      const seen = await shipment(id);
      expect(seen.coldChainFigures).toMatchObject({ readings: 32, maxC: 6.5, longestExcursionMinutes: 40 });
      expect(seen.excursions).toEqual([expect.objectContaining({ severity: 'major', minutes: 40 })]);
      // Device time says when the probe measured (hours ago); ingest time says when it reached us.
      const times = await svc.db.query<{
        source: string;
        measured_hours_ago: boolean;
        ingested_just_now: boolean;
      }>(
        `SELECT DISTINCT source, recorded_at < now() - interval '3 hours' AS measured_hours_ago,
                ingested_at > now() - interval '2 minutes' AS ingested_just_now
           FROM temperature_readings WHERE shipment_id = $1`,
        [id],
      );
      expect(times).toEqual([{ source: 'device', measured_hours_ago: true, ingested_just_now: true }]);
    });

    it('judges a logger streaming over Kafka the same when uploads, late batches and delivery come in between', async () => {
      const id = await shipmentOf('chilled_meat');
      const from = hoursAgo(7);
      const trip = tripWithTwoExcursions(from);
      const publish = async (readings: TelemetryReading[]) => {
        await events.publish(TelemetryReadingsRecorded, { shipmentId: id, readings });
        await svc.caughtUp('logistics.telemetry.v1');
      };
      // A logger streaming: each batch follows the last.
      await publish(trip.slice(0, 8));
      await publish(trip.slice(8, 14));
      await publish(trip.slice(14, 20));
      // An operator uploads the next readings from a second probe's buffer over HTTP…
      const probe = trip.slice(20, 22).map((reading) => ({ ...reading, deviceId: 'TT-HAND-PROBE-7' }));
      expect((await post(id, probe)).body).toMatchObject({ stored: 2 });
      // …and the logger's next batch is folded onto the state the upload left, not the one its last
      // batch did.
      await publish(trip.slice(26, 32));
      expect((await shipment(id)).coldChainFigures?.readings).toBe(8 + 6 + 6 + 2 + 6);
      // It resends a batch it had sent, and one arrives late.
      await publish(trip.slice(8, 14));
      await publish(trip.slice(20, 26));
      await publish(trip.slice(32, 40));
      const delivered = await deliver(id);
      // Readings after the delivery say nothing about the trip.
      await publish(readingsFrom(Date.now() + MINUTE_MS, [9]));

      expect(await storedReadings(id)).toBe(42);
      const seen = await shipment(id);
      expect(seen).toEqual(delivered);
      expect(seen.coldChainFigures).toMatchObject({ readings: 42, maxC: 7 });
      expect(seen.excursions).toEqual(twoExcursionsOfTheTrip(from));
      const detected = await waitFor(() => {
        const found = eventsOf(id, 'logistics.shipment.temperatureExcursionDetected.v1');
        return found.length === 2 ? found : undefined;
      });
      expect(detected.map((envelope) => (envelope.data as { startedAt: string }).startedAt)).toEqual([
        new Date(from + 50 * MINUTE_MS).toISOString(),
        new Date(from + 130 * MINUTE_MS).toISOString(),
      ]);
    });

    it('stores a streamed batch that repeats a reading, or lists its readings out of order, without a failed attempt', async () => {
      const id = await shipmentOf('chilled_meat');
      const trip = readingsFrom(hoursAgo(5), steady(12, 2.5));
      const retries = async () =>
        (await svc.app.get(ServiceMetrics).eventHandlingRetries.get()).values.reduce(
          (sum, value) => sum + value.value,
          0,
        );
      const before = await retries();
      const publish = async (readings: TelemetryReading[]) => {
        await events.publish(TelemetryReadingsRecorded, { shipmentId: id, readings });
        await svc.caughtUp('logistics.telemetry.v1');
      };
      await publish(trip.slice(0, 4));
      // The next batches are stored by the statement without a duplicate check (every reading is
      // later than the state's): the repeat must be left out before, not fail the primary key.
      await publish([trip[4], trip[5], trip[5], trip[7], trip[6]]);
      await publish(trip.slice(8, 12));

      expect(await storedReadings(id)).toBe(12);
      expect((await shipment(id)).coldChainFigures?.readings).toBe(12);
      expect(await retries()).toBe(before);
    });

    it('judges loggers whose batches arrive together, a resent and a late one among them, as if they came one by one', async () => {
      const first = await shipmentOf('chilled_meat');
      const second = await shipmentOf('chilled_meat');
      const from = hoursAgo(7);
      const trip = tripWithTwoExcursions(from);
      const batchOf = (shipmentId: string, readings: TelemetryReading[]) =>
        envelopeOf(TelemetryReadingsRecorded, { shipmentId, readings });
      // Each logger's first batch on its own…
      for (const id of [first, second]) {
        await events.publishEnvelopes(TelemetryReadingsRecorded, [batchOf(id, trip.slice(0, 4))]);
      }
      await svc.caughtUp('logistics.telemetry.v1');
      // …then the rest on one partition, consumed together: the first logger streams, has a batch
      // redelivered, resends one under a new id and sends one late; the second streams between them.
      const streamed = batchOf(first, trip.slice(4, 8));
      await events.publishEnvelopes(
        TelemetryReadingsRecorded,
        [
          streamed,
          batchOf(second, trip.slice(4, 20)),
          batchOf(first, trip.slice(8, 14)),
          batchOf(first, trip.slice(14, 20)),
          streamed,
          batchOf(first, trip.slice(26, 32)),
          batchOf(second, trip.slice(20, 40)),
          batchOf(first, trip.slice(8, 14)),
          batchOf(first, trip.slice(20, 26)),
          batchOf(first, trip.slice(32, 40)),
        ],
        { partition: 0 },
      );
      await svc.caughtUp('logistics.telemetry.v1');
      // And the next batch of each, on its own.
      const next = readingsFrom(from + 40 * 5 * MINUTE_MS, steady(4, 2.5));
      await events.publishEnvelopes(TelemetryReadingsRecorded, [batchOf(first, next), batchOf(second, next)]);
      await svc.caughtUp('logistics.telemetry.v1');

      for (const id of [first, second]) {
        expect(await storedReadings(id)).toBe(44);
        const seen = await shipment(id);
        expect(seen.coldChainFigures).toMatchObject({ readings: 44, maxC: 7, minC: 2.5 });
        expect(seen.excursions).toEqual(twoExcursionsOfTheTrip(from));
        // Each excursion announced once as it started and once as it ended.
        const announced = await waitFor(() => {
          const detected = eventsOf(id, 'logistics.shipment.temperatureExcursionDetected.v1');
          const ended = eventsOf(id, 'logistics.shipment.temperatureExcursionEnded.v1');
          return detected.length === 2 && ended.length === 2 ? { detected, ended } : undefined;
        });
        for (const kind of [announced.detected, announced.ended]) {
          expect(kind.map((envelope) => (envelope.data as { startedAt: string }).startedAt)).toEqual([
            new Date(from + 50 * MINUTE_MS).toISOString(),
            new Date(from + 130 * MINUTE_MS).toISOString(),
          ]);
        }
      }
    });

    it('dead-letters a bad telemetry message and goes on to store the next good one', async () => {
      const id = await shipmentOf('chilled_meat');
      const from = hoursAgo(6);
      const bad = envelopeOf(TelemetryReadingsRecorded, {
        shipmentId: id,
        readings: [
          ...readingsFrom(from, [2.5]),
          { ...readingsFrom(from + MINUTE_MS, [2.5])[0], temperatureC: 75 },
        ],
      });
      await events.publishEnvelope(TelemetryReadingsRecorded, bad);
      const unknownShipment = await events.publish(TelemetryReadingsRecorded, {
        shipmentId: randomUUID(),
        readings: readingsFrom(from, [2.5]),
      });
      const good = readingsFrom(from + 10 * MINUTE_MS, [2.6, 2.7]);
      await events.publish(TelemetryReadingsRecorded, { shipmentId: id, readings: good });
      await svc.caughtUp('logistics.telemetry.v1');

      expect(await storedReadings(id)).toBe(2);
      const invalid = await waitFor(() =>
        deadLetters.records.find((record) => record.value.includes(bad.id)),
      );
      expect(invalid.headers['x-dlt-error-kind']).toBe('invalid-data');
      expect(invalid.headers['x-dlt-reason']).toContain('readings.1.temperatureC');
      const orphan = await waitFor(() =>
        deadLetters.records.find((record) => record.value.includes(unknownShipment.id)),
      );
      expect(orphan.headers['x-dlt-error-kind']).toBe('handler-failed');
      expect(orphan.headers['x-dlt-reason']).toContain('does not exist');
    });
  });

  describe('bad readings over HTTP', () => {
    it('refuses a batch with a bad reading with a 400 problem and stores none of it', async () => {
      const id = await shipmentOf('chilled_meat');
      const good = readingsFrom(hoursAgo(6), [2.5, 2.6, 2.7]);
      const timeless: Partial<TelemetryReading> = { ...good[0], deviceId: 'TT-2' };
      delete timeless.recordedAt;
      const cases: [string, unknown[], string][] = [
        ['no time', [...good, timeless], 'readings.3.recordedAt'],
        [
          'a temperature that is not a number',
          [...good, { ...good[0], temperatureC: 'cold' }],
          'readings.3.temperatureC',
        ],
        [
          'a temperature below −60 °C',
          [{ ...good[0], temperatureC: -61 }, ...good.slice(1)],
          'readings.0.temperatureC',
        ],
        [
          'a temperature above +60 °C',
          [...good.slice(0, 2), { ...good[2], temperatureC: 75 }],
          'readings.2.temperatureC',
        ],
        ['a date with no time of day', [{ ...good[0], recordedAt: '2026-11-28' }], 'readings.0.recordedAt'],
      ];
      for (const [label, readings, field] of cases) {
        const answer = await post(id, readings);
        expect({ label, status: answer.status }).toEqual({ label, status: 400 });
        expect(answer.headers['content-type']).toContain('application/problem+json');
        expect((answer.body.errors as { field: string }[]).map((error) => error.field)).toContain(field);
      }
      expect(await storedReadings(id)).toBe(0);
    });

    it('refuses more than a thousand readings in one batch', async () => {
      const id = await shipmentOf('chilled_meat');
      const readings = readingsFrom(hoursAgo(7), steady(1001, 2.5), { everyMinutes: 0.25 });
      const answer = await post(id, readings);
      expect(answer.status).toBe(400);
      expect(answer.body.detail).toContain('readings');
      expect((await post(id, readings.slice(0, 1000))).body).toMatchObject({ stored: 1000 });
    });

    it('refuses readings for an unknown shipment (404) and readings recorded in the future (422)', async () => {
      expect((await post(randomUUID(), readingsFrom(hoursAgo(1), [2.5]))).status).toBe(404);
      const id = await shipmentOf('chilled_meat');
      const readings: TelemetryReading[] = readingsFrom(hoursAgo(1), [2.5, 2.6]);
      readings.push({ ...readings[0], recordedAt: new Date(Date.now() + 3_600_000).toISOString() });
      const answer = await post(id, readings);
      expect(answer.status).toBe(422);
      expect(answer.body.detail).toContain('readings.2.recordedAt');
      expect(await storedReadings(id)).toBe(0);
    });

    it('does not take readings from an operator that does not hold the shipment', async () => {
      const id = await shipmentOf('chilled_meat');
      expect((await post(id, readingsFrom(hoursAgo(1), [2.5]), otherFleet)).status).toBe(404);
      expect((await post(id, readingsFrom(hoursAgo(1), [2.5]), admin)).status).toBe(403);
      expect(await storedReadings(id)).toBe(0);
    });

    it('sets aside readings recorded after the delivery: they are not part of the trip', async () => {
      const id = await shipmentOf('chilled_meat');
      await post(id, readingsFrom(hoursAgo(7), steady(12, 2.5)));
      const delivered = await deliver(id);
      // One reading a minute before the hand-over, two a minute and three minutes after it.
      const afterwards = readingsFrom(Date.parse(delivered.deliveredAt!) - MINUTE_MS, [2.5, 9, 9], {
        everyMinutes: 2,
      });
      expect((await post(id, afterwards)).body).toEqual({
        received: 3,
        stored: 1,
        duplicates: 0,
        afterDelivery: 2,
      });
      expect((await shipment(id)).excursions).toEqual([]);
    });
  });

  describe('temperature history for charts', () => {
    it('gives min, max and mean per bucket with the excursions marked', async () => {
      const id = await shipmentOf('chilled_meat');
      const from = hoursAgo(7);
      await post(id, readingsFrom(from, [2, 3, 4, 2, 6, 6, 6, 6, 6, 6, 6, 6, 3, 3, 3]));

      const answer = await call('GET', `/v1/shipments/${id}/temperature?bucket=15m`, coldlink);
      expect(answer.status).toBe(200);
      const history = answer.body as TemperatureHistoryView;
      const at = (minutes: number) => new Date(from + minutes * MINUTE_MS).toISOString();
      expect(history.buckets).toEqual([
        { start: at(0), minC: 2, maxC: 4, meanC: 3, readings: 3 },
        { start: at(15), minC: 2, maxC: 6, meanC: 4.67, readings: 3 },
        { start: at(30), minC: 6, maxC: 6, meanC: 6, readings: 3 },
        { start: at(45), minC: 6, maxC: 6, meanC: 6, readings: 3 },
        { start: at(60), minC: 3, maxC: 3, meanC: 3, readings: 3 },
      ]);
      expect(history.excursions).toEqual([
        expect.objectContaining({ start: at(20), end: at(60), peakC: 6, severity: 'major' }),
      ]);
      expect(history.mktC).toEqual(expect.any(Number));
      expect(history.coldChainProfile).toEqual({ minC: 0, maxC: 4, maxDwellMinutes: 30 });

      for (const bucket of ['5x', '0m', '30s', '2d', '1.5h']) {
        const refused = await call('GET', `/v1/shipments/${id}/temperature?bucket=${bucket}`, coldlink);
        expect(refused.status).toBe(400);
        expect(refused.body.errors[0].field).toBe('bucket');
      }
      expect((await call('GET', `/v1/shipments/${id}/temperature`, otherFleet)).status).toBe(404);
    });
  });
});
