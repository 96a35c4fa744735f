import 'reflect-metadata';
import { IsInt, IsString, Min } from 'class-validator';
import {
  checkSubject,
  defineEvent,
  EventValidationError,
  jsonMayHoldUnstorableText,
  parseEnvelope,
  parseEventData,
  Untransformed,
} from './event-definition';
import { TelemetryReadingsRecorded } from './logistics/events';
import { Topics } from './topics';

class LotHarvested {
  @IsString()
  lotId!: string;

  @IsInt()
  @Min(1)
  quantity!: number;
}

const LotHarvestedV1 = defineEvent({
  type: 'catalog.lot.harvested.v1',
  topic: Topics.product,
  payload: LotHarvested,
  description: 'test',
  subjectOf: (data) => data.lotId,
});

const validEnvelope = {
  id: '5f0c3c1e-8f7a-4d55-9a64-3f1f1f0b2a11',
  type: 'catalog.lot.harvested.v1',
  source: 'catalog',
  time: '2026-11-27T08:00:00.000Z',
  subject: 'lot-1',
  specversion: '1.0',
  datacontenttype: 'application/json',
  data: { lotId: 'lot-1', quantity: 40 },
};

describe('event contracts', () => {
  it('accepts a well-formed CloudEvents envelope', () => {
    expect(parseEnvelope(validEnvelope).subject).toBe('lot-1');
  });

  it('names every missing or malformed envelope attribute', () => {
    expect(() => parseEnvelope({ ...validEnvelope, id: '', time: 'yesterday', specversion: '0.3' })).toThrow(
      /id must be a non-empty string.*time must be an ISO-8601 timestamp.*specversion must be "1.0"/,
    );
    expect(() => parseEnvelope({ ...validEnvelope, id: 'not-a-uuid' })).toThrow(/id must be a UUID/);
    expect(() => parseEnvelope([1, 2])).toThrow(EventValidationError);
  });

  it('validates the payload against its class and tolerates fields a newer producer added', () => {
    const data = parseEventData(LotHarvestedV1, { lotId: 'lot-1', quantity: 40, grade: 'A' });
    expect(data).toBeInstanceOf(LotHarvested);
    expect(data.quantity).toBe(40);
  });

  it('judges a logger batch the same with its readings left untransformed, refusals included', () => {
    const reading = {
      deviceId: 'TT-4G-860123045678901',
      recordedAt: '2026-11-28T07:15:00+08:00',
      temperatureC: 2.6,
      humidityPct: null,
    };
    const readings = [reading, { ...reading, recordedAt: '2026-11-28T07:16:00+08:00', lat: 26.77 }];
    const shipmentId = '5f0c3c1e-8f7a-4d55-9a64-3f1f1f0b2a11';
    const data = parseEventData(TelemetryReadingsRecorded, { shipmentId, readings });
    expect(data.readings).toEqual(readings);
    expect(data.shipmentId).toBe(shipmentId);
    for (const bad of [
      { shipmentId, readings: { 0: reading } },
      { shipmentId, readings: [[reading]] },
      { shipmentId, readings: [{ ...reading, temperatureC: '2.6' }] },
      { shipmentId, readings: [] },
      { shipmentId },
    ]) {
      expect(() => parseEventData(TelemetryReadingsRecorded, bad)).toThrow(EventValidationError);
    }
    class Marked {
      @IsString() name!: string;
      @Untransformed() extra!: unknown;
    }
    const MarkedV1 = defineEvent({ ...LotHarvestedV1, payload: Marked, subjectOf: (data) => data.name });
    const extra = [{ any: 'shape' }];
    const marked = parseEventData(MarkedV1, { name: 'x', extra });
    expect(marked).toBeInstanceOf(Marked);
    expect(marked.extra).toBe(extra);
  });

  it('refuses data nested deeper than the contracts ever nest, the same way at any stack depth', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 2_000; level += 1) deep = { a: deep };
    const judge = () => parseEventData(LotHarvestedV1, { lotId: 'lot-1', quantity: 40, extra: deep });
    const nearTheStackLimit = (depth: number): unknown =>
      depth === 0 ? judge() : nearTheStackLimit(depth - 1);
    for (const run of [judge, () => nearTheStackLimit(5_000)]) {
      expect(run).toThrow(/deeper than 32 levels/);
    }
    let shallow: unknown = 'bottom';
    for (let level = 0; level < 30; level += 1) shallow = { a: shallow };
    expect(parseEventData(LotHarvestedV1, { lotId: 'lot-1', quantity: 40, extra: shallow }).quantity).toBe(
      40,
    );
  });

  it('lists every payload problem with its field', () => {
    try {
      parseEventData(LotHarvestedV1, { quantity: 0 });
      throw new Error('expected a validation error');
    } catch (error) {
      expect(error).toBeInstanceOf(EventValidationError);
      const problems = (error as EventValidationError).problems;
      expect(problems).toEqual(
        expect.arrayContaining([expect.stringMatching(/^lotId:/), expect.stringMatching(/^quantity:/)]),
      );
    }
  });

  it('refuses an event type without its version', () => {
    expect(() => defineEvent({ ...LotHarvestedV1, type: 'catalog.lot.harvested' })).toThrow(/v<N>/);
  });

  it('refuses data holding text no database can store (NUL, unpaired surrogates), naming the field', () => {
    expect(() => parseEventData(LotHarvestedV1, { lotId: 'lot\u0000-1', quantity: 40 })).toThrow(
      /lotId: must be text without NUL characters/,
    );
    expect(() =>
      parseEventData(LotHarvestedV1, { lotId: 'lot-1', quantity: 40, note: { '\ud800': 'x' } }),
    ).toThrow(/note\.\ud800: must be text/);
    expect(parseEventData(LotHarvestedV1, { lotId: '昭觉 🌾', quantity: 40 }).lotId).toBe('昭觉 🌾');
  });

  it('tells from JSON text alone when its strings are all storable (no \\u escape), so the walk can be skipped', () => {
    const storable = { lotId: '昭觉 🌾 "quoted" \\ back', quantity: 40, note: { é: ['\t', '\n'] } };
    const json = JSON.stringify(storable);
    expect(jsonMayHoldUnstorableText(json)).toBe(false);
    expect(parseEventData(LotHarvestedV1, JSON.parse(json), { textChecked: true }).lotId).toBe(
      storable.lotId,
    );
    for (const text of ['lot\u0000-1', '\ud800', 'x\udfffy']) {
      const unstorable = JSON.stringify({ lotId: text, quantity: 40 });
      expect(jsonMayHoldUnstorableText(unstorable)).toBe(true);
      expect(() => parseEventData(LotHarvestedV1, JSON.parse(unstorable))).toThrow(
        /must be text without NUL/,
      );
    }
    // Escapes of storable characters only make the walk run, which finds nothing.
    expect(jsonMayHoldUnstorableText('{"lotId":"\\u00e9","quantity":1}')).toBe(true);
  });

  it("requires the subject to be the data's aggregate and the record key to be the subject", () => {
    const event = {
      ...parseEnvelope(validEnvelope),
      data: parseEventData(LotHarvestedV1, validEnvelope.data),
    };
    expect(() => checkSubject(LotHarvestedV1, event, 'lot-1')).not.toThrow();
    expect(() => checkSubject(LotHarvestedV1, { ...event, subject: 'lot-2' }, 'lot-2')).toThrow(
      /subject "lot-2" is not the aggregate of the data, "lot-1"/,
    );
    expect(() => checkSubject(LotHarvestedV1, event, 'lot-2')).toThrow(
      /record key "lot-2" is not the subject/,
    );
    expect(() => checkSubject(LotHarvestedV1, event, null)).toThrow(/record key none is not the subject/);
  });
});
