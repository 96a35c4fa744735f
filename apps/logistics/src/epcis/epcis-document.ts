import type { ShipmentStatus } from '@hb/contracts';
import {
  custodyEventUri,
  locationUri,
  lotClass,
  NAMESPACE,
  orderUri,
  producerUri,
} from './epcis-identifiers';

/** GS1's JSON-LD context for EPCIS 2.0 documents. */
export const EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';

/**
 * Event times are written in China Standard Time, where every county and buyer of the system is:
 * EPCIS wants the offset the event happened in, and custody moves are stored as instants.
 */
export const EVENT_TIME_ZONE_OFFSET = '+08:00';
const OFFSET_MINUTES = 8 * 60;

/** `2026-11-28T14:30:00.000+08:00` for an instant. */
export function inChinaStandardTime(at: Date): string {
  return `${new Date(at.getTime() + OFFSET_MINUTES * 60_000).toISOString().slice(0, 23)}${EVENT_TIME_ZONE_OFFSET}`;
}

/** Custody steps in the Core Business Vocabulary: what happened, and the state it left the goods in. */
const STEP: Partial<Record<ShipmentStatus, { bizStep: string; disposition: string }>> = {
  picked_up: { bizStep: 'shipping', disposition: 'in_transit' },
  in_transit: { bizStep: 'departing', disposition: 'in_transit' },
  at_hub: { bizStep: 'arriving', disposition: 'in_transit' },
  out_for_delivery: { bizStep: 'departing', disposition: 'in_transit' },
  delivered: { bizStep: 'receiving', disposition: 'in_progress' },
  held: { bizStep: 'holding', disposition: 'recalled' },
};

export interface EpcisLot {
  lotId: string;
  productId: string;
  /** The product's GTIN-14: the lot is then named by a GS1 Digital Link URI. */
  gtin?: string | null;
  quantity?: number;
}

export interface TemperatureBucket {
  start: Date;
  end: Date;
  minC: number;
  maxC: number;
  meanC: number;
}

export interface Excursion {
  start: Date;
  end: Date | null;
  peakC: number;
}

export interface CustodyStep {
  seq: number;
  type: ShipmentStatus;
  at: Date;
  location: string;
}

export interface ShipmentStory {
  shipmentId: string;
  orderId: string;
  coldChainVerdict: string | null;
  lots: EpcisLot[];
  custody: CustodyStep[];
  buckets: TemperatureBucket[];
  excursions: Excursion[];
}

export type EpcisEvent = Record<string, unknown>;

const quantityList = (lots: readonly EpcisLot[]) =>
  lots.map((lot) => ({
    epcClass: lotClass(lot),
    ...(lot.quantity !== undefined && { quantity: lot.quantity }),
  }));

/** Which custody step a moment belongs to: the first step after it (the last one for what came after). */
function stepIndexOf(custody: readonly CustodyStep[], at: Date): number {
  const index = custody.findIndex((step) => at.getTime() < step.at.getTime());
  return index === -1 ? custody.length - 1 : index;
}

function sensorElements(story: ShipmentStory, index: number): EpcisEvent[] {
  const belongs = (at: Date) => stepIndexOf(story.custody, at) === index;
  const readings = story.buckets
    .filter((bucket) => belongs(bucket.start))
    .map((bucket) => ({
      sensorMetadata: { startTime: bucket.start.toISOString(), endTime: bucket.end.toISOString() },
      sensorReport: [
        {
          type: 'gs1:Temperature',
          uom: 'CEL',
          minValue: bucket.minC,
          maxValue: bucket.maxC,
          meanValue: bucket.meanC,
        },
      ],
    }));
  const alarms = story.excursions
    .filter((excursion) => belongs(excursion.start))
    .map((excursion) => ({
      sensorMetadata: {
        startTime: excursion.start.toISOString(),
        ...(excursion.end && { endTime: excursion.end.toISOString() }),
      },
      sensorReport: [
        {
          type: 'gs1:Temperature',
          exception: 'ALARM_CONDITION',
          value: excursion.peakC,
          uom: 'CEL',
          time: excursion.start.toISOString(),
        },
      ],
    }));
  return [...readings, ...alarms];
}

/** One ObjectEvent per custody step, with the temperatures observed on the way to it. */
export function shipmentEvents(story: ShipmentStory): EpcisEvent[] {
  return story.custody.flatMap((step, index) => {
    const vocabulary = STEP[step.type];
    if (!vocabulary) return [];
    const sensors = sensorElements(story, index);
    const disposition =
      step.type === 'delivered' && story.coldChainVerdict === 'breached' ? 'damaged' : vocabulary.disposition;
    return [
      {
        type: 'ObjectEvent',
        eventTime: inChinaStandardTime(step.at),
        eventTimeZoneOffset: EVENT_TIME_ZONE_OFFSET,
        eventID: custodyEventUri(story.shipmentId, step.seq),
        action: 'OBSERVE',
        bizStep: vocabulary.bizStep,
        disposition,
        quantityList: quantityList(story.lots),
        readPoint: { id: locationUri(step.location) },
        bizLocation: { id: locationUri(step.location) },
        bizTransactionList: [{ type: 'po', bizTransaction: orderUri(story.orderId) }],
        ...(sensors.length > 0 && { sensorElementList: sensors }),
      },
    ];
  });
}

export interface LotStory {
  lot: EpcisLot & { producerId: string; harvestedOn: string | null };
  recall: { class: string; reason: string; at: Date } | null;
  shipments: ShipmentStory[];
}

/** A lot's whole story: its harvest, every custody step of every shipment carrying it, its recall. */
export function lotEvents(story: LotStory): EpcisEvent[] {
  const lot = { lotId: story.lot.lotId, productId: story.lot.productId, gtin: story.lot.gtin };
  const harvest: EpcisEvent[] = story.lot.harvestedOn
    ? [
        {
          type: 'ObjectEvent',
          eventTime: `${story.lot.harvestedOn}T00:00:00.000${EVENT_TIME_ZONE_OFFSET}`,
          eventTimeZoneOffset: EVENT_TIME_ZONE_OFFSET,
          eventID: `${NAMESPACE}:event:lot:${story.lot.lotId}:harvest`,
          action: 'ADD',
          bizStep: 'commissioning',
          disposition: 'active',
          quantityList: quantityList([lot]),
          readPoint: { id: producerUri(story.lot.producerId) },
          bizLocation: { id: producerUri(story.lot.producerId) },
        },
      ]
    : [];
  const trips = story.shipments.flatMap((shipment) =>
    shipmentEvents({ ...shipment, lots: shipment.lots.filter((carried) => carried.lotId === lot.lotId) }),
  );
  const recall: EpcisEvent[] = story.recall
    ? [
        {
          type: 'ObjectEvent',
          eventTime: inChinaStandardTime(story.recall.at),
          eventTimeZoneOffset: EVENT_TIME_ZONE_OFFSET,
          eventID: `${NAMESPACE}:event:lot:${story.lot.lotId}:recall`,
          action: 'OBSERVE',
          bizStep: 'holding',
          disposition: 'recalled',
          quantityList: quantityList([lot]),
          readPoint: { id: producerUri(story.lot.producerId) },
        },
      ]
    : [];
  return [...harvest, ...trips, ...recall].sort((a, b) =>
    String(a.eventTime).localeCompare(String(b.eventTime)),
  );
}

/** An EPCIS 2.0 JSON-LD document holding the events. */
export function epcisDocument(id: string, events: readonly EpcisEvent[], createdAt: Date): EpcisEvent {
  return {
    '@context': [EPCIS_CONTEXT],
    id,
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: createdAt.toISOString(),
    epcisBody: { eventList: events },
  };
}
