import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import type { EventDefinition, EventEnvelope } from '@hb/contracts';
import { rawProducer } from './kafka';

/** A contract event in its envelope, as its topic's owner would publish it. */
export function envelopeOf<T extends object>(
  definition: EventDefinition<T>,
  data: T,
  source: string = definition.topic.producer,
): EventEnvelope<T> {
  return {
    id: randomUUID(),
    type: definition.type,
    source,
    time: new Date().toISOString(),
    subject: definition.subjectOf(data),
    specversion: '1.0',
    datacontenttype: 'application/json',
    data,
    correlationid: `test-${randomUUID()}`,
  };
}

/** Publishes contract events onto the physical topics of one test namespace. */
export class EventPublisherForTests {
  private constructor(
    private readonly producer: Producer,
    private readonly prefix: string,
  ) {}

  static async start(prefix: string): Promise<EventPublisherForTests> {
    return new EventPublisherForTests(await rawProducer(), prefix);
  }

  async publish<T extends object>(definition: EventDefinition<T>, data: T): Promise<EventEnvelope<T>> {
    const envelope = envelopeOf(definition, data);
    await this.publishEnvelope(definition, envelope);
    return envelope;
  }

  /** Sends an envelope as it is (to redeliver one, or to send a hand-made one). */
  async publishEnvelope(definition: EventDefinition, envelope: EventEnvelope): Promise<void> {
    await this.publishEnvelopes(definition, [envelope]);
  }

  /**
   * Sends envelopes in one request, in order: a consumer then fetches those of a partition together.
   * `partition`: all on that one (different subjects too), rather than where their keys hash.
   */
  async publishEnvelopes(
    definition: EventDefinition,
    envelopes: readonly EventEnvelope[],
    { partition }: { partition?: number } = {},
  ): Promise<void> {
    await this.producer.send({
      topic: `${this.prefix}.${definition.topic.name}`,
      acks: -1,
      messages: envelopes.map((envelope) => ({
        partition,
        key: envelope.subject,
        value: JSON.stringify(envelope),
        headers: { 'content-type': 'application/cloudevents+json' },
      })),
    });
  }

  async stop(): Promise<void> {
    await this.producer.disconnect();
  }
}
