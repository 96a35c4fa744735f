/**
 * Run by scripts/kafka.sh. `users` prints the Kafka users the contracts need (one SCRAM user each);
 * `apply` creates the contract topics and the generated ACLs (libs/contracts kafka-access.ts) as the
 * admin user given by KAFKA_BROKERS and KAFKA_SASL_* (as for the services).
 */
import { Kafka } from 'kafkajs';
import { KAFKA_USERS } from '@hb/contracts';
import { kafkaClientConfig, kafkaSecurityFromEnv, provisionKafkaAccess } from '@hb/messaging';

async function apply(): Promise<void> {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const admin = new Kafka(kafkaClientConfig('provisioning', brokers, kafkaSecurityFromEnv())).admin();
  await admin.connect();
  try {
    await provisionKafkaAccess(admin);
  } finally {
    await admin.disconnect();
  }
}

const command = process.argv[2];
if (command === 'users') {
  process.stdout.write(`${KAFKA_USERS.join('\n')}\n`);
} else if (command === 'apply') {
  apply().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  console.error('usage: kafka-provision.ts users|apply');
  process.exit(2);
}
