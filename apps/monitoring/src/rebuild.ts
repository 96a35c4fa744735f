import { Kafka } from 'kafkajs';
import { Client } from 'pg';
import { kafkaClientConfig, messagingOptionsFromEnv, TopicNamer } from '@hb/messaging';
import { createService, defaultDatabaseUrl, startService, type ServiceOverrides } from '@hb/platform';
import { DailySweepService } from './evaluation/daily-sweep.service';
import { MONITORED_TOPICS } from './monitored-topics';
import { monitoringService } from './service';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Rebuilds the monitoring state from the topics (`npm run monitoring:rebuild`, with the service
 * stopped): wipes its database, forgets its consumer group's offsets, replays every topic from the
 * beginning with rule evaluation off (alerts, flags and risk levels come back from its own topics,
 * with their ids), then evaluates every rule once at `now`, which announces only what changed
 * since the service stopped.
 */
export async function rebuildMonitoring(overrides: ServiceOverrides = {}, now?: Date): Promise<void> {
  const messaging = messagingOptionsFromEnv('monitoring', overrides.messaging);
  const databaseUrl = overrides.databaseUrl ?? process.env.DATABASE_URL ?? defaultDatabaseUrl('monitoring');
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  } finally {
    await db.end();
  }
  const namer = new TopicNamer(messaging.topicPrefix);
  const topics = MONITORED_TOPICS.map((logical) => namer.physical(logical));
  const admin = new Kafka(
    kafkaClientConfig('monitoring-rebuild', messaging.brokers, messaging.security),
  ).admin();
  await admin.connect();
  try {
    // Refused while a member of the group is running: the service must be stopped first.
    const groups = await admin.listGroups();
    if (groups.groups.some((group) => group.groupId === messaging.groupId)) {
      await admin.deleteGroups([messaging.groupId]);
    }
    const ends = new Map<string, number>();
    for (const topic of topics) {
      for (const { partition, high } of await admin.fetchTopicOffsets(topic).catch(() => [])) {
        ends.set(`${topic}:${partition}`, Number(high));
      }
    }
    process.env.MONITORING_EVALUATE_ON_EVENTS = 'false';
    const app = await createService(monitoringService, overrides);
    try {
      await startService(app);
      for (;;) {
        const committed = await admin.fetchOffsets({ groupId: messaging.groupId, topics });
        const behind = committed.some(({ topic, partitions }) =>
          partitions.some(({ partition, offset }) => {
            const end = ends.get(`${topic}:${partition}`) ?? 0;
            return end > 0 && Number(offset) < end;
          }),
        );
        if (!behind) break;
        await sleep(250);
      }
      await app.get(DailySweepService).sweep(now);
    } finally {
      delete process.env.MONITORING_EVALUATE_ON_EVENTS;
      await app.close();
    }
  } finally {
    await admin.disconnect();
  }
}
