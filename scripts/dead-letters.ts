/**
 * Dead-letter tool: list, inspect and replay what a consumer group could not apply.
 *   npm run dlt -- list    --group harvest.catalog
 *   npm run dlt -- inspect --group harvest.catalog --offset 3 [--partition 0]
 *   npm run dlt -- replay  --group harvest.catalog (--offset 3 [--partition 0] | --all)
 * KAFKA_BROKERS and KAFKA_TOPIC_PREFIX as for the services.
 */
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { DeadLetters, kafkajsSecurity, kafkaSecurityFromEnv, type DeadLetter } from '@hb/messaging';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      group: { type: 'string' },
      offset: { type: 'string' },
      partition: { type: 'string', default: '0' },
      all: { type: 'boolean', default: false },
    },
  });
  const [command] = positionals;
  if (!['list', 'inspect', 'replay'].includes(command ?? '') || !values.group) {
    console.error(
      'usage: dead-letters list|inspect|replay --group <consumer group> [--offset N] [--partition P] [--all]',
    );
    process.exit(2);
  }
  const kafka = new Kafka({
    clientId: 'dead-letters-tool',
    brokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
    logLevel: logLevel.WARN,
    ...kafkajsSecurity(kafkaSecurityFromEnv()),
  });
  const deadLetters = new DeadLetters(kafka, values.group, process.env.KAFKA_TOPIC_PREFIX ?? '');
  const letters = await deadLetters.list();
  const chosen = (letter: DeadLetter) =>
    values.all || (letter.offset === values.offset && String(letter.partition) === values.partition);

  if (command === 'list') {
    console.log(`${letters.length} dead letter(s) on ${deadLetters.topic}`);
    for (const letter of letters) {
      console.log(
        `${letter.partition}:${letter.offset}\t${letter.failedAt}\t${letter.kind}\t${letter.originalTopic}\t${letter.reason}`,
      );
    }
    return;
  }
  const selected = letters.filter(chosen);
  if (selected.length === 0) {
    console.error('no dead letter matches; use --offset (and --partition) or --all');
    process.exit(1);
  }
  if (command === 'inspect') {
    for (const letter of selected)
      console.log(JSON.stringify({ ...letter, value: tryJson(letter.value) }, null, 2));
    return;
  }
  const replayed = await deadLetters.replay(selected);
  console.log(`replayed ${replayed} record(s) to their original topics`);
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
