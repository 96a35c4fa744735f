import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners, type Consumer } from 'kafkajs';
import { TELEMETRY_GATEWAY, Topics } from '@hb/contracts';
import { kafkajsSecurity } from '@hb/messaging';
import {
  brokers,
  credentialsOf,
  kafka,
  kafkaIsSecured,
  provisionNamespace,
  uniquePrefix,
} from '../../support/kafka';

/**
 * The broker of scripts/kafka.sh, as an attacker holding one user's password would find it: every
 * user is held to the ACLs generated from the contracts (libs/contracts kafka-access.ts), in this
 * file's own topic namespace.
 */
describe('Kafka users and ACLs (real broker)', () => {
  const prefix = uniquePrefix('acl');
  const topic = (logical: string) => `${prefix}.${logical}`;
  const consumers: Consumer[] = [];

  beforeAll(async () => {
    if (!kafkaIsSecured()) {
      throw new Error(
        'these tests need a broker with SASL and ACLs (scripts/kafka.sh): set KAFKA_SECRETS_DIR to its secrets folder',
      );
    }
    await provisionNamespace(prefix);
  });

  /** The broker's error code behind a kafkajs error, however deeply kafkajs wrapped it. */
  const errorType = (error: unknown): string => {
    for (let cause = error as { type?: string; cause?: unknown } | undefined; cause;) {
      if (cause.type) return cause.type;
      cause = cause.cause as typeof cause;
    }
    return String(error);
  };

  afterAll(async () => {
    await Promise.allSettled(consumers.map((consumer) => consumer.disconnect()));
  });

  /** What the broker answers when `user` writes one record to a topic of this namespace. */
  async function produceAs(user: string, logicalTopic: string): Promise<string> {
    const producer = kafka(`acl-${user}`, credentialsOf(user)).producer({
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: { retries: 0 },
    });
    await producer.connect();
    try {
      await producer.send({
        topic: topic(logicalTopic),
        acks: -1,
        messages: [{ key: 'k', value: JSON.stringify({ forged: true }) }],
      });
      return 'accepted';
    } catch (error) {
      return errorType(error);
    } finally {
      await producer.disconnect();
    }
  }

  /** What the broker answers when `user` joins `group` and reads a topic of this namespace. */
  async function consumeAs(user: string, group: string, logicalTopic: string): Promise<string> {
    // kafkajs reports a refused FindCoordinator as "Failed to find group coordinator" and keeps the
    // broker's answer for its debug log: read it there.
    const refusals: string[] = [];
    const client = new Kafka({
      clientId: `acl-${user}`,
      brokers: brokers(),
      ...kafkajsSecurity(credentialsOf(user)),
      logLevel: logLevel.DEBUG,
      logCreator: () => (entry) => {
        const type = (entry.log.error as { type?: string } | undefined)?.type;
        if (type?.endsWith('_AUTHORIZATION_FAILED')) refusals.push(type);
      },
    });
    const consumer = client.consumer({ groupId: group });
    consumers.push(consumer);
    const crashed = new Promise<string>((resolve) => {
      consumer.on(consumer.events.CRASH, ({ payload }) => resolve(errorType(payload.error)));
      consumer.on(consumer.events.GROUP_JOIN, () => resolve('joined'));
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [topic(logicalTopic)], fromBeginning: true });
      await consumer.run({ eachMessage: async () => undefined });
    } catch (error) {
      return errorType(error);
    }
    const outcome = await crashed;
    await consumer.disconnect();
    return outcome.startsWith('KafkaJSGroupCoordinatorNotFound') ? (refusals[0] ?? outcome) : outcome;
  }

  it('lets a service write its own topics only: another service’s topic is TOPIC_AUTHORIZATION_FAILED', async () => {
    expect(await produceAs('catalog', Topics.product.name)).toBe('accepted');
    expect(await produceAs('catalog', `${prefix}.catalog.dlt`)).toBe('accepted');
    expect(await produceAs('catalog', Topics.order.name)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await produceAs('catalog', Topics.certificate.name)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await produceAs('logistics', Topics.product.name)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await produceAs('orders', `${prefix}.catalog.dlt`)).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it('lets a service read only the topics it consumes, in its own consumer group', async () => {
    expect(await consumeAs('catalog', `${prefix}.catalog`, Topics.order.name)).toBe('joined');
    expect(await consumeAs('catalog', `${prefix}.catalog`, Topics.shipment.name)).toBe(
      'TOPIC_AUTHORIZATION_FAILED',
    );
    expect(await consumeAs('certification', `${prefix}.certification`, Topics.stock.name)).toBe(
      'TOPIC_AUTHORIZATION_FAILED',
    );
  });

  it('keeps a service out of another service’s consumer group', async () => {
    expect(await consumeAs('catalog', `${prefix}.orders`, Topics.product.name)).toBe(
      'GROUP_AUTHORIZATION_FAILED',
    );
    expect(await consumeAs('logistics', `reader-${randomUUID()}`, Topics.order.name)).toBe(
      'GROUP_AUTHORIZATION_FAILED',
    );
  });

  it('lets the device gateway write telemetry and nothing else', async () => {
    expect(await produceAs(TELEMETRY_GATEWAY, Topics.telemetry.name)).toBe('accepted');
    expect(await produceAs(TELEMETRY_GATEWAY, Topics.order.name)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await produceAs(TELEMETRY_GATEWAY, Topics.shipment.name)).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await consumeAs(TELEMETRY_GATEWAY, `${prefix}.logistics`, Topics.telemetry.name)).toBe(
      'GROUP_AUTHORIZATION_FAILED',
    );
  });

  it('refuses a service the right to create topics or to change ACLs', async () => {
    const admin = kafka('acl-catalog', credentialsOf('catalog')).admin({ retry: { retries: 0 } });
    await admin.connect();
    try {
      await expect(
        admin.createTopics({ topics: [{ topic: topic('catalog.sneaky.v1'), numPartitions: 1 }] }),
      ).rejects.toMatchObject({ errors: [expect.objectContaining({ type: 'TOPIC_AUTHORIZATION_FAILED' })] });
    } finally {
      await admin.disconnect();
    }
  });

  it('refuses a wrong password and an unknown user', async () => {
    const refused = async (user: string, password: string) => {
      const admin = kafka('acl-intruder', credentialsOf(user, password)).admin({ retry: { retries: 0 } });
      return admin.connect().then(
        async () => {
          await admin.disconnect();
          return 'connected';
        },
        (error: Error) => error.name,
      );
    };
    expect(await refused('catalog', 'not-the-password')).toBe('KafkaJSSASLAuthenticationError');
    expect(await refused('mallory', 'whatever')).toBe('KafkaJSSASLAuthenticationError');
  });
});
