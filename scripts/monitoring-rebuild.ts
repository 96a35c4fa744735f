/**
 * `npm run monitoring:rebuild`: with the monitoring service stopped, wipes its database and replays
 * the topics from the beginning into a fresh state (apps/monitoring/src/rebuild.ts). Reads the same
 * settings as the service (DATABASE_URL, KAFKA_BROKERS, KAFKA_GROUP_ID, KAFKA_TOPIC_PREFIX).
 */
import 'reflect-metadata';
import { rebuildMonitoring } from '../apps/monitoring/src';

rebuildMonitoring()
  .then(() => console.log('[monitoring] rebuilt from the topics'))
  .catch((error: unknown) => {
    console.error('[monitoring] rebuild failed:', error);
    process.exit(1);
  });
