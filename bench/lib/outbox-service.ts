/**
 * The outbox and its relay as every service has them (libs/messaging through the platform's
 * createService), in this process with no feature module: the Kafka-path and outbox-latency
 * benchmarks write outbox rows and watch the relay publish them.
 */
import { Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { OrderPlaced, type EventEnvelope, type OrderPlacedData, type TopicSpec } from '@hb/contracts';
import { TopicProvisioner } from '@hb/messaging';
import { createService, type ServiceDescription } from '@hb/platform';

@Module({})
class NoFeatures {}

const outboxOnly: ServiceDescription = {
  name: 'orders',
  title: 'outbox relay (benchmark)',
  description: 'The platform with no feature module: database, outbox, relay.',
  module: NoFeatures,
  migrations: [],
};

/** Starts the platform of a service (its relay running) on a database and topic prefix of the benchmark. */
export async function startOutboxService(
  databaseUrl: string,
  prefix: string,
  topics: readonly TopicSpec[],
): Promise<NestFastifyApplication> {
  const app = await createService(outboxOnly, {
    databaseUrl,
    messaging: { topicPrefix: prefix, groupId: `${prefix}.outbox`, topics },
  });
  await app.get(TopicProvisioner).ensureTopics();
  await app.init();
  return app;
}

/** An OrderPlaced payload like the orders service writes: two lines. */
export function orderPlacedData(orderId = randomUUID()): OrderPlacedData {
  return {
    orderId,
    buyerId: randomUUID(),
    lines: [
      { productId: randomUUID(), quantity: 120, unitPriceCents: 7900, lineTotalCents: 948_000 },
      { productId: randomUUID(), quantity: 40, unitPriceCents: 12_800, lineTotalCents: 512_000 },
    ],
    totalCents: 1_460_000,
    placedAt: new Date().toISOString(),
  };
}

/** The envelope the outbox would write for it, with trace context as an HTTP request gives one. */
export function orderPlacedEnvelope(data = orderPlacedData()): EventEnvelope<OrderPlacedData> {
  return {
    id: randomUUID(),
    type: OrderPlaced.type,
    source: 'orders',
    time: new Date().toISOString(),
    subject: data.orderId,
    specversion: '1.0',
    datacontenttype: 'application/json',
    data,
    traceparent: `00-${randomUUID().replace(/-/g, '')}-${randomUUID().replace(/-/g, '').slice(0, 16)}-01`,
    correlationid: randomUUID(),
  };
}

/** The headers the relay puts on a record (libs/messaging/src/outbox/outbox-relay.ts, traceHeaders). */
export function relayHeaders(envelope: EventEnvelope): Record<string, string> {
  return {
    'content-type': 'application/cloudevents+json; charset=UTF-8',
    ce_type: envelope.type,
    ce_id: envelope.id,
    ...(envelope.traceparent ? { traceparent: envelope.traceparent } : {}),
    ...(envelope.correlationid ? { 'correlation-id': envelope.correlationid } : {}),
  };
}
