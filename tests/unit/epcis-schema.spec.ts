import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  epcisDocument,
  lotEvents,
  shipmentEvents,
  type ShipmentStory,
  lotClass,
} from '../../apps/logistics/src';
import { epcisValidator } from '../support/epcis-schema';

const validate = epcisValidator();
const at = (iso: string) => new Date(iso);

const SHIPMENT = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const ORDER = '5f0c3c1e-8f7a-4d55-9a64-3f1f1f0b2a11';
const PRODUCT = '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b';
const LOT_A = '0b7c1a52-5a9e-4c1f-9a43-5a6f0e1d7c11';
const LOT_B = '1c8d2b63-6b0f-4d20-8b54-6b7f1f2e8d22';

const delivered: ShipmentStory = {
  shipmentId: SHIPMENT,
  orderId: ORDER,
  coldChainVerdict: 'excursion',
  lots: [
    { lotId: LOT_A, productId: PRODUCT, quantity: 80 },
    { lotId: LOT_B, productId: PRODUCT, quantity: 40 },
  ],
  custody: [
    { seq: 1, type: 'picked_up', at: at('2026-11-28T06:30:00Z'), location: 'Xiuwen cold store, Guiyang' },
    { seq: 2, type: 'in_transit', at: at('2026-11-28T07:00:00Z'), location: 'G75 expressway' },
    { seq: 3, type: 'out_for_delivery', at: at('2026-11-28T10:00:00Z'), location: 'Guiyang hub' },
    { seq: 4, type: 'delivered', at: at('2026-11-28T11:00:00Z'), location: 'No. 3 Middle School canteen' },
  ],
  buckets: [
    { start: at('2026-11-28T07:00:00Z'), end: at('2026-11-28T08:00:00Z'), minC: 2.1, maxC: 4.2, meanC: 3.05 },
    { start: at('2026-11-28T08:00:00Z'), end: at('2026-11-28T09:00:00Z'), minC: 3.9, maxC: 7.4, meanC: 5.2 },
  ],
  excursions: [{ start: at('2026-11-28T08:20:00Z'), end: at('2026-11-28T08:50:00Z'), peakC: 7.4 }],
};

describe('EPCIS 2.0 export against GS1’s official JSON Schema', () => {
  it('accepts GS1’s own example (the validator is set up right)', () => {
    const example = JSON.parse(
      readFileSync(join(__dirname, '../../docs/standards/epcis/SensorDataExample1.jsonld'), 'utf8'),
    ) as unknown;
    expect(validate(example)).toEqual([]);
  });

  it('refuses an event without its time zone offset, and a bizStep outside the vocabulary that is no URI', () => {
    const [first] = shipmentEvents(delivered);
    const withoutOffset = Object.fromEntries(
      Object.entries(first).filter(([name]) => name !== 'eventTimeZoneOffset'),
    );
    expect(validate(epcisDocument('urn:harvestbridge:epcis:test', [withoutOffset], new Date()))).not.toEqual(
      [],
    );
    expect(
      validate(
        epcisDocument('urn:harvestbridge:epcis:test', [{ ...first, bizStep: 'teleporting' }], new Date()),
      ),
    ).not.toEqual([]);
  });

  it('writes one ObjectEvent per custody step, with CBV steps, the lots, the order and the temperatures', () => {
    const events = shipmentEvents(delivered);
    expect(events.map((e) => [e.bizStep, e.disposition])).toEqual([
      ['shipping', 'in_transit'],
      ['departing', 'in_transit'],
      ['departing', 'in_transit'],
      ['receiving', 'in_progress'],
    ]);
    expect(events[0]).toMatchObject({
      eventTime: '2026-11-28T14:30:00.000+08:00',
      eventTimeZoneOffset: '+08:00',
      quantityList: [
        { epcClass: `urn:harvestbridge:class:lot:${PRODUCT}:${LOT_A}`, quantity: 80 },
        { epcClass: `urn:harvestbridge:class:lot:${PRODUCT}:${LOT_B}`, quantity: 40 },
      ],
      bizTransactionList: [{ type: 'po', bizTransaction: `urn:harvestbridge:order:${ORDER}` }],
    });
    // Both hour buckets and the excursion happened on the way to out_for_delivery.
    const sensors = events[2].sensorElementList as { sensorReport: Record<string, unknown>[] }[];
    expect(sensors.map((element) => element.sensorReport[0])).toEqual([
      { type: 'gs1:Temperature', uom: 'CEL', minValue: 2.1, maxValue: 4.2, meanValue: 3.05 },
      { type: 'gs1:Temperature', uom: 'CEL', minValue: 3.9, maxValue: 7.4, meanValue: 5.2 },
      {
        type: 'gs1:Temperature',
        exception: 'ALARM_CONDITION',
        value: 7.4,
        uom: 'CEL',
        time: '2026-11-28T08:20:00.000Z',
      },
    ]);
    expect(
      validate(epcisDocument(`urn:harvestbridge:epcis:shipment:${SHIPMENT}`, events, new Date())),
    ).toEqual([]);
  });

  it('tells a lot’s story from harvest to recall, with only that lot’s quantity, valid against the schema', () => {
    const events = lotEvents({
      lot: { lotId: LOT_A, productId: PRODUCT, producerId: PRODUCT, harvestedOn: '2026-11-20' },
      recall: { class: 'II', reason: 'residue', at: at('2026-11-29T02:00:00Z') },
      shipments: [{ ...delivered, coldChainVerdict: 'breached' }],
    });
    expect(events.map((e) => e.bizStep)).toEqual([
      'commissioning',
      'shipping',
      'departing',
      'departing',
      'receiving',
      'holding',
    ]);
    expect(events[4]).toMatchObject({ disposition: 'damaged', quantityList: [{ quantity: 80 }] });
    expect(events[5]).toMatchObject({ disposition: 'recalled', eventTime: '2026-11-29T10:00:00.000+08:00' });
    expect(validate(epcisDocument(`urn:harvestbridge:epcis:lot:${LOT_A}`, events, new Date()))).toEqual([]);
  });

  it('names a lot by GS1 Digital Link where its product has a GTIN, else under urn:harvestbridge', () => {
    expect(lotClass({ productId: PRODUCT, lotId: 'L-1', gtin: '06901234567892' })).toBe(
      'https://id.gs1.org/01/06901234567892/10/L-1',
    );
    expect(lotClass({ productId: PRODUCT, lotId: LOT_A, gtin: null })).toBe(
      `urn:harvestbridge:class:lot:${PRODUCT}:${LOT_A}`,
    );
  });
});
