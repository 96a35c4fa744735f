/** Cold-chain device traffic for the benchmarks: loggers' readings and contract events as records. */
import { randomUUID } from 'node:crypto';
import type { Message } from 'kafkajs';
import {
  COLD_CHAIN_PROFILES,
  type EventDefinition,
  type OrderConfirmedData,
  type TelemetryReading,
  type TelemetryReadingsData,
  writersOf,
} from '@hb/contracts';

const READING_EVERY_MS = 30_000;

/**
 * A contract event in its envelope as a Kafka record, as another service's relay would send it: from
 * the topic's owner, the only source a consumer believes (anything else is dead-lettered as forged).
 */
export function envelopeRecord<T extends object>(definition: EventDefinition<T>, data: T): Message {
  const subject = definition.subjectOf(data);
  return {
    key: subject,
    value: JSON.stringify({
      id: randomUUID(),
      type: definition.type,
      source: writersOf(definition.topic)[0],
      time: new Date().toISOString(),
      subject,
      specversion: '1.0',
      datacontenttype: 'application/json',
      data,
    }),
    headers: { 'content-type': 'application/cloudevents+json' },
  };
}

/** Confirmed orders of one chilled-meat line each, as orders announces them: logistics makes a shipment of each. */
export function confirmedOrders(count: number): OrderConfirmedData[] {
  return Array.from({ length: count }, () => ({
    orderId: randomUUID(),
    buyerId: randomUUID(),
    deliveryAddress: 'Guiyang No. 3 Middle School canteen, 88 Zhonghua North Road, Yunyan District',
    requestedDeliveryDate: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
    lines: [
      {
        productId: randomUUID(),
        producerId: randomUUID(),
        quantity: 300,
        coldChainProfile: { ...COLD_CHAIN_PROFILES.chilled_meat },
      },
    ],
  }));
}

/**
 * The readings of one logger per shipment, every 30 s from 60 days ago: 2–3.5 °C with a twelve-minute
 * warm spell (5.5 °C, a minor excursion) once a simulated day and a 40-minute one (6.5 °C, major) every
 * third day, so that excursion detection and its events are exercised too.
 */
export class Fleet {
  private readonly start = Date.now() - 60 * 86_400_000;
  private readonly next: number[];

  constructor(
    readonly shipmentIds: readonly string[],
    private readonly batchSize: number,
  ) {
    this.next = shipmentIds.map(() => 0);
  }

  temperature(index: number): number {
    const ofDay = index % 2880;
    if (ofDay >= 1000 && ofDay < 1024) return 5.5;
    if (index % 8640 >= 5000 && index % 8640 < 5080) return 6.5;
    return Math.round((2.75 + 0.75 * Math.sin(index / 37)) * 100) / 100;
  }

  /** The next batch of the `n`-th message, round robin over the shipments. */
  batch(n: number): TelemetryReadingsData {
    const shipment = n % this.shipmentIds.length;
    const first = this.next[shipment];
    this.next[shipment] = first + this.batchSize;
    const readings: TelemetryReading[] = [];
    for (let index = first; index < first + this.batchSize; index += 1) {
      readings.push({
        deviceId: `TT-4G-86${String(shipment).padStart(13, '0')}`,
        recordedAt: new Date(this.start + index * READING_EVERY_MS).toISOString(),
        temperatureC: this.temperature(index),
        humidityPct: 88,
        lat: 26.7719,
        lon: 106.5723,
      });
    }
    return { shipmentId: this.shipmentIds[shipment], readings };
  }
}
