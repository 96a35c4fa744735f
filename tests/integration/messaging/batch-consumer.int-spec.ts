import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Producer } from 'kafkajs';
import { createService, startService } from '@hb/platform';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { groupCaughtUp, rawProducer, TopicReader, uniquePrefix } from '../../support/kafka';
import {
  ALWAYS_FAILS,
  DEADLOCKS_ONCE,
  FINISH_FAILS,
  probeOverrides,
  probeService,
} from '../../support/probe';
import { waitFor } from '../../support/wait';

/**
 * The records of one partition that arrive together are applied in one transaction; one bad record
 * among them costs only itself.
 */
describe('consumer applying a fetched batch (real PostgreSQL and Kafka)', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let producer: Producer;
  let deadLetters: TopicReader;
  const prefix = uniquePrefix('batch');
  const groupId = `${prefix}.group`;
  const topic = `${prefix}.probe.note.v1`;

  const note = (text: string) => {
    const noteId = randomUUID();
    return {
      noteId,
      value: JSON.stringify({
        id: randomUUID(),
        type: 'probe.note.recorded.v1',
        source: 'catalog',
        time: new Date().toISOString(),
        subject: noteId,
        specversion: '1.0',
        datacontenttype: 'application/json',
        data: { noteId, text },
      }),
    };
  };

  /** One produce request to one partition: the records reach the consumer in one fetched batch. */
  const sendTogether = (...records: { key: string; value: string }[]) =>
    producer.send({ topic, acks: -1, messages: records.map((record) => ({ ...record, partition: 0 })) });

  const appliedAs = async (noteId: string) =>
    db.query<{ event_id: string; tx_id: string }>(
      `SELECT event_id, tx_id::text FROM probe_applied WHERE note_id = $1`,
      [noteId],
    );

  const tallyOf = async (txId: string) =>
    (await db.query<{ notes: number }>(`SELECT notes FROM probe_tallies WHERE tx_id::text = $1`, [txId])).map(
      (row) => row.notes,
    );

  beforeAll(async () => {
    db = await createTestDatabase('batch');
    app = await createService(
      probeService,
      probeOverrides({ databaseUrl: db.url, topicPrefix: prefix, groupId }),
    );
    await startService(app);
    producer = await rawProducer();
    deadLetters = await TopicReader.start([`${prefix}.${groupId}.dlt`]);
  });

  afterAll(async () => {
    await deadLetters?.stop();
    await producer?.disconnect();
    await app?.close();
    await db?.drop();
  });

  it("applies a partition's batch in one transaction: each handler sees the rows of those before it", async () => {
    const notes = Array.from({ length: 5 }, (_, index) => note(`together ${index}`));
    await sendTogether(...notes.map(({ noteId, value }) => ({ key: noteId, value })));
    await groupCaughtUp(groupId, [topic]);

    const applied = await Promise.all(notes.map(({ noteId }) => appliedAs(noteId)));
    expect(applied.map((rows) => rows.length)).toEqual([1, 1, 1, 1, 1]);
    expect(new Set(applied.map(([row]) => row.tx_id)).size).toBe(1);
    // The handlers' shared part finished once, in that transaction, after the last of them.
    expect(await tallyOf(applied[0][0].tx_id)).toEqual([5]);
  });

  it("applies each event of a batch alone when the batch's shared part fails to finish, and dead-letters the one to blame", async () => {
    const first = note('before the tally fails');
    const culprit = note(FINISH_FAILS);
    const last = note('after the tally fails');
    await sendTogether(...[first, culprit, last].map(({ noteId, value }) => ({ key: noteId, value })));
    await groupCaughtUp(groupId, [topic]);

    const [before, after] = await Promise.all([first, last].map((n) => appliedAs(n.noteId)));
    expect([before.length, after.length]).toEqual([1, 1]);
    // Each alone, in a transaction of its own whose part finished with it.
    expect(before[0].tx_id).not.toBe(after[0].tx_id);
    expect(await tallyOf(before[0].tx_id)).toEqual([1]);
    expect(await tallyOf(after[0].tx_id)).toEqual([1]);
    expect(await appliedAs(culprit.noteId)).toHaveLength(0);
    const culpritId = (JSON.parse(culprit.value) as { id: string }).id;
    const dead = await waitFor(() => deadLetters.records.find((record) => record.value.includes(culpritId)));
    expect(dead.headers).toMatchObject({ 'x-dlt-error-kind': 'handler-failed', 'x-dlt-attempts': '3' });
    expect(dead.headers['x-dlt-reason']).toContain('the probe tally refuses this batch');
  });

  it('applies the good events of a batch once, dead-letters its poison at once and its failing event after retries', async () => {
    const first = note('before the garbage');
    const second = note('between the garbage and the failing one');
    const failing = note(ALWAYS_FAILS);
    const third = note('after the failing one');
    await sendTogether(
      { key: first.noteId, value: first.value },
      { key: 'raw', value: '{"not": json' },
      { key: second.noteId, value: second.value },
      { key: failing.noteId, value: failing.value },
      { key: third.noteId, value: third.value },
    );
    await groupCaughtUp(groupId, [topic]);

    const [before, between, after] = await Promise.all(
      [first, second, third].map((n) => appliedAs(n.noteId)),
    );
    expect([before.length, between.length, after.length]).toEqual([1, 1, 1]);
    // What came before the failing event committed together; what came after it, on its own.
    expect(between[0].tx_id).toBe(before[0].tx_id);
    expect(after[0].tx_id).not.toBe(before[0].tx_id);
    expect(await appliedAs(failing.noteId)).toHaveLength(0);
    const failingId = (JSON.parse(failing.value) as { id: string }).id;
    expect(await db.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [failingId])).toHaveLength(0);

    const garbage = await waitFor(() =>
      deadLetters.records.find((record) => record.value === '{"not": json'),
    );
    expect(garbage.headers).toMatchObject({ 'x-dlt-error-kind': 'invalid-envelope', 'x-dlt-attempts': '0' });
    const dead = await waitFor(() => deadLetters.records.find((record) => record.value.includes(failingId)));
    expect(dead.headers).toMatchObject({ 'x-dlt-error-kind': 'handler-failed', 'x-dlt-attempts': '3' });
    expect(dead.headers['x-dlt-reason']).toContain('the probe handler refuses this note');
    expect(deadLetters.records.filter((record) => record.value.includes(failingId))).toHaveLength(1);
  });

  it('applies a batch that lost a deadlock together once more, not event by event', async () => {
    const notes = [note('before the deadlock'), note(DEADLOCKS_ONCE), note('after the deadlock')];
    await sendTogether(...notes.map(({ noteId, value }) => ({ key: noteId, value })));
    await groupCaughtUp(groupId, [topic]);

    const applied = await Promise.all(notes.map(({ noteId }) => appliedAs(noteId)));
    expect(applied.map((rows) => rows.length)).toEqual([1, 1, 1]);
    expect(new Set(applied.map(([row]) => row.tx_id)).size).toBe(1);
    expect(await tallyOf(applied[0][0].tx_id)).toEqual([3]);
  });

  it('applies an event that comes twice in one batch once, in upper or lower case', async () => {
    const twice = note('twice in one batch');
    const id = (JSON.parse(twice.value) as { id: string }).id;
    const respelled = twice.value.replace(id, id.toUpperCase());
    const other = note('after them');
    await sendTogether(
      { key: twice.noteId, value: twice.value },
      { key: twice.noteId, value: respelled },
      { key: other.noteId, value: other.value },
    );
    await groupCaughtUp(groupId, [topic]);

    expect(await appliedAs(twice.noteId)).toHaveLength(1);
    expect(await appliedAs(other.noteId)).toHaveLength(1);
  });
});
