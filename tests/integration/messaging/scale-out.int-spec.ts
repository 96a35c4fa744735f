import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Producer } from 'kafkajs';
import { ServiceMetrics } from '@hb/observability';
import { createService, startService } from '@hb/platform';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { groupCaughtUp, kafka, rawProducer, uniquePrefix } from '../../support/kafka';
import { probeOverrides, probeService } from '../../support/probe';
import { waitFor } from '../../support/wait';

/** Two replicas of one service: one consumer group, one database. */
describe('scale-out: two instances of a consumer in one group (real PostgreSQL and Kafka)', () => {
  let db: TestDatabase;
  let replicas: NestFastifyApplication[];
  let producer: Producer;
  const prefix = uniquePrefix('scale');
  const groupId = `${prefix}.group`;
  const topic = `${prefix}.probe.note.v1`;

  const appliedBy = async (app: NestFastifyApplication): Promise<number> => {
    const metric = await app.get(ServiceMetrics).eventsConsumed.get();
    return metric.values
      .filter((value) => value.labels.outcome === 'applied')
      .reduce((sum, value) => sum + value.value, 0);
  };

  beforeAll(async () => {
    db = await createTestDatabase('scale');
    replicas = [];
    for (let index = 0; index < 2; index += 1) {
      const app = await createService(
        probeService,
        probeOverrides({ databaseUrl: db.url, topicPrefix: prefix, groupId }),
      );
      await startService(app);
      replicas.push(app);
    }
    producer = await rawProducer();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await Promise.all((replicas ?? []).map((app) => app.close()));
    await db?.drop();
  });

  it('splits the partitions between the replicas and applies every event exactly once', async () => {
    // Both replicas must hold partitions before the work arrives.
    const members = async () => {
      const admin = kafka().admin();
      await admin.connect();
      try {
        const [group] = (await admin.describeGroups([groupId])).groups;
        return group.members.length;
      } finally {
        await admin.disconnect();
      }
    };
    await waitFor(async () => (await members()) === 2, { what: 'both replicas in the group' });

    const notes = Array.from({ length: 60 }, () => randomUUID());
    await producer.send({
      topic,
      messages: notes.map((noteId) => ({
        key: noteId,
        value: JSON.stringify({
          id: randomUUID(),
          type: 'probe.note.recorded.v1',
          source: 'catalog',
          time: new Date().toISOString(),
          subject: noteId,
          specversion: '1.0',
          datacontenttype: 'application/json',
          data: { noteId, text: 'one of many' },
        }),
      })),
    });
    await groupCaughtUp(groupId, [topic]);

    const [{ rows, distinct }] = await db.query<{ rows: number; distinct: number }>(
      `SELECT count(*)::int AS rows, count(DISTINCT note_id)::int AS distinct FROM probe_applied`,
    );
    expect({ rows, distinct }).toEqual({ rows: 60, distinct: 60 });
    const shares = await Promise.all(replicas.map(appliedBy));
    expect(shares.every((share) => share > 0)).toBe(true);
    expect(shares[0] + shares[1]).toBe(60);
  });
});
