/**
 * Reads every record now on every contract topic of a running system and checks each as an
 * integrator's tools would: the `cloudevents` SDK with strict validation, and ajv over the payload
 * schema docs/asyncapi.yaml gives its type. `npm run check-events`; KAFKA_BROKERS, the KAFKA_SASL_*
 * settings (e.g. `eval "$(scripts/kafka.sh env admin)"`) and KAFKA_TOPIC_PREFIX as for the services.
 * Prints the count; exits non-zero if any record fails.
 */
import { randomUUID } from 'node:crypto';
import { Kafka } from 'kafkajs';
import { ALL_TOPICS } from '@hb/contracts';
import { kafkaClientConfig, kafkaSecurityFromEnv } from '@hb/messaging';
import { EventContractChecker } from '../tests/support/event-contracts';

async function main(): Promise<void> {
  const kafka = new Kafka(
    kafkaClientConfig(
      'check-events',
      (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
      kafkaSecurityFromEnv(),
    ),
  );
  const prefix = process.env.KAFKA_TOPIC_PREFIX ? `${process.env.KAFKA_TOPIC_PREFIX}.` : '';
  const admin = kafka.admin();
  await admin.connect();
  const existing = new Set(await admin.listTopics());
  const topics = ALL_TOPICS.map((topic) => `${prefix}${topic.name}`).filter((topic) => existing.has(topic));
  const remaining = new Map<string, number>();
  for (const topic of topics) {
    for (const { partition, low, high } of await admin.fetchTopicOffsets(topic)) {
      if (Number(high) > Number(low)) remaining.set(`${topic}:${partition}`, Number(high));
    }
  }
  await admin.disconnect();

  const checker = new EventContractChecker();
  const failures = new Map<string, string[]>();
  const perTopic = new Map<string, number>();
  const consumer = kafka.consumer({ groupId: `check-events-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  const done = new Promise<void>((resolve) => {
    if (remaining.size === 0) resolve();
    void consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const key = `${topic}:${partition}`;
        const end = remaining.get(key);
        if (end === undefined || Number(message.offset) >= end) return;
        perTopic.set(topic, (perTopic.get(topic) ?? 0) + 1);
        const problems = checker.problemsOf(message.value?.toString('utf8') ?? '');
        if (problems.length > 0) failures.set(`${topic}@${partition}:${message.offset}`, problems);
        if (Number(message.offset) + 1 >= end) remaining.delete(key);
        if (remaining.size === 0) resolve();
      },
    });
  });
  await done;
  await consumer.disconnect();

  const checked = [...perTopic.values()].reduce((sum, count) => sum + count, 0);
  for (const [topic, count] of [...perTopic].sort()) console.log(`${topic}: ${count} records`);
  for (const [record, problems] of failures) console.log(`${record}: ${problems.join('; ')}`);
  console.log(
    `${checked} records on ${perTopic.size} topics checked with the cloudevents SDK (strict) and docs/asyncapi.yaml: ${failures.size} failed`,
  );
  process.exit(failures.size === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
