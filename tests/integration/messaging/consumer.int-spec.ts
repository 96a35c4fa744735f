import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Producer } from 'kafkajs';
import { createService, startService } from '@hb/platform';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { groupCaughtUp, kafka, rawProducer, TopicReader, uniquePrefix } from '../../support/kafka';
import { DEAD_LETTER_KEPT_BYTES, DeadLetters, TRUNCATED_HEADER } from '@hb/messaging';
import { ALWAYS_FAILS, probeBug, probeOverrides, probeService } from '../../support/probe';
import { waitFor } from '../../support/wait';

describe('idempotent consumer with dead-lettering (real PostgreSQL and Kafka)', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let producer: Producer;
  let deadLetters: TopicReader;
  const prefix = uniquePrefix('consumer');
  const groupId = `${prefix}.group`;
  const topic = `${prefix}.probe.note.v1`;

  const startApp = async () => {
    const instance = await createService(
      probeService,
      probeOverrides({ databaseUrl: db.url, topicPrefix: prefix, groupId }),
    );
    await startService(instance);
    return instance;
  };

  const envelope = (data: Record<string, unknown>, overrides: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    type: 'probe.note.recorded.v1',
    source: 'catalog',
    time: new Date().toISOString(),
    subject: typeof data.noteId === 'string' ? data.noteId : 'none',
    specversion: '1.0',
    datacontenttype: 'application/json',
    data,
    ...overrides,
  });

  const send = async (...values: (object | string)[]) => {
    await producer.send({
      topic,
      messages: values.map((value) => ({
        key: typeof value === 'string' ? 'raw' : String((value as { subject?: string }).subject),
        value: typeof value === 'string' ? value : JSON.stringify(value),
      })),
    });
  };

  const applied = (noteId: string) =>
    db.query<{ event_id: string }>(`SELECT event_id FROM probe_applied WHERE note_id = $1`, [noteId]);

  const waitUntilApplied = (noteId: string) =>
    waitFor(async () => (await applied(noteId)).length > 0, { what: `note ${noteId} to be applied` });

  beforeAll(async () => {
    db = await createTestDatabase('consumer');
    app = await startApp();
    producer = await rawProducer();
    deadLetters = await TopicReader.start([`${prefix}.${groupId}.dlt`]);
  });

  afterAll(async () => {
    await deadLetters?.stop();
    await producer?.disconnect();
    await app?.close();
    await db?.drop();
  });

  it('applies an event once when the broker delivers it twice', async () => {
    const noteId = randomUUID();
    const twice = envelope({ noteId, text: 'delivered twice' });
    await send(twice, twice);
    await groupCaughtUp(groupId, [topic]);

    expect(await applied(noteId)).toEqual([{ event_id: twice.id }]);
    expect(await db.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [twice.id])).toHaveLength(1);
  });

  it('follows the correlation id of an event in the CloudEvents spelling and in the legacy one', async () => {
    const current = envelope({ noteId: randomUUID(), text: 'correlationid' }, { correlationid: 'flow-1' });
    const legacy = envelope({ noteId: randomUUID(), text: 'correlationId' }, { correlationId: 'flow-2' });
    await send(current, legacy);
    await groupCaughtUp(groupId, [topic]);

    const correlationOf = async (noteId: string) =>
      (
        await db.query<{ correlation_id: string }>(
          `SELECT correlation_id FROM probe_applied WHERE note_id = $1`,
          [noteId],
        )
      ).map((row) => row.correlation_id);
    expect(await correlationOf(current.data.noteId as string)).toEqual(['flow-1']);
    expect(await correlationOf(legacy.data.noteId as string)).toEqual(['flow-2']);
  });

  it('dead-letters a record that is not JSON and goes on with the next event', async () => {
    await send('{"this is": not json');
    const next = randomUUID();
    await send(envelope({ noteId: next, text: 'after the garbage' }));

    await waitUntilApplied(next);
    const dead = await waitFor(() =>
      deadLetters.records.find((record) => record.value === '{"this is": not json'),
    );
    expect(dead.headers).toMatchObject({
      'x-dlt-error-kind': 'invalid-envelope',
      'x-dlt-original-topic': 'probe.note.v1',
      'x-dlt-consumer-group': groupId,
    });
    expect(dead.headers['x-dlt-original-offset']).toMatch(/^\d+$/);
  });

  it('dead-letters an event whose data breaks its contract, saying which field', async () => {
    const noteId = randomUUID();
    const bad = envelope({ noteId, text: 42 });
    await send(bad);
    const next = randomUUID();
    await send(envelope({ noteId: next, text: 'after the bad data' }));

    await waitUntilApplied(next);
    const dead = await waitFor(() => deadLetters.records.find((record) => record.value.includes(bad.id)));
    expect(dead.headers['x-dlt-error-kind']).toBe('invalid-data');
    expect(dead.headers['x-dlt-reason']).toContain('text');
    expect(await applied(noteId)).toHaveLength(0);
  });

  // Applied, such an event would escape the order its aggregate's partition keeps.
  it('dead-letters an event whose subject is not its aggregate, or whose key is not its subject', async () => {
    const noteId = randomUUID();
    const elsewhere = envelope({ noteId, text: 'about another note' }, { subject: randomUUID() });
    const rekeyed = envelope({ noteId, text: 'on another key' });
    await producer.send({
      topic,
      messages: [
        { key: elsewhere.subject, value: JSON.stringify(elsewhere) },
        { key: 'not-the-subject', value: JSON.stringify(rekeyed) },
        { key: null, value: JSON.stringify(rekeyed) },
      ],
    });
    const next = randomUUID();
    await send(envelope({ noteId: next, text: 'after the misplaced ones' }));

    await waitUntilApplied(next);
    const dead = await waitFor(() => {
      const found = deadLetters.records.filter(
        (record) => record.value.includes(elsewhere.id) || record.value.includes(rekeyed.id),
      );
      return found.length === 3 ? found : undefined;
    });
    for (const letter of dead) expect(letter.headers['x-dlt-error-kind']).toBe('invalid-envelope');
    expect(dead.map((letter) => letter.headers['x-dlt-reason']).join(' ')).toMatch(
      /not the aggregate.*key.*not the subject/s,
    );
    expect(await applied(noteId)).toHaveLength(0);
  });

  // Text PostgreSQL cannot store (NUL) fails the handler's INSERT however often it is retried.
  it('dead-letters at once, without retries, an event whose data holds text the database cannot store', async () => {
    const noteId = randomUUID();
    const bad = envelope({ noteId, text: 'NUL \u0000 inside' });
    await send(bad);
    const next = randomUUID();
    await send(envelope({ noteId: next, text: 'after the NUL' }));

    await waitUntilApplied(next);
    const dead = await waitFor(() => deadLetters.records.find((record) => record.value.includes(bad.id)));
    expect(dead.headers).toMatchObject({ 'x-dlt-error-kind': 'invalid-data', 'x-dlt-attempts': '0' });
    expect(dead.headers['x-dlt-reason']).toContain('text: must be text without NUL characters');
    expect(await applied(noteId)).toHaveLength(0);
  });

  // At the broker's limit (1 MiB by default) the copy with the x-dlt-* headers does not fit the
  // dead-letter topic: the consumer must still dead-letter something and move on.
  it("dead-letters a record at the broker's size limit by its start and size, and goes on", async () => {
    const huge = `{"garbage":"${'x'.repeat(1_048_400)}"}`;
    await producer.send({ topic, acks: -1, messages: [{ key: 'huge', value: huge }] });
    const next = randomUUID();
    await send(envelope({ noteId: next, text: 'after the huge one' }));

    await waitUntilApplied(next);
    const dead = await waitFor(() => deadLetters.records.find((record) => record.key === 'huge'));
    expect(dead.headers).toMatchObject({
      'x-dlt-error-kind': 'invalid-envelope',
      [TRUNCATED_HEADER]: String(Buffer.byteLength(huge) + 'huge'.length),
    });
    expect(dead.value).toBe(huge.slice(0, DEAD_LETTER_KEPT_BYTES));

    const tool = new DeadLetters(kafka(), groupId, prefix);
    const letter = (await tool.list()).find((candidate) => candidate.key === 'huge')!;
    await expect(tool.replay([letter])).rejects.toThrow(
      /keeps only the start.*replay the original from probe\.note\.v1/,
    );
  });

  it('retries a failing handler, then dead-letters the event with the reason, and keeps consuming', async () => {
    const noteId = randomUUID();
    const poison = envelope({ noteId, text: ALWAYS_FAILS });
    await send(poison);
    const next = randomUUID();
    await send(envelope({ noteId: next, text: 'after the poison' }));

    await waitUntilApplied(next);
    const dead = await waitFor(() => deadLetters.records.find((record) => record.value.includes(poison.id)));
    expect(dead.headers).toMatchObject({ 'x-dlt-error-kind': 'handler-failed', 'x-dlt-attempts': '3' });
    expect(dead.headers['x-dlt-reason']).toContain('the probe handler refuses this note');
    expect(await applied(noteId)).toHaveLength(0);
    expect(await db.query(`SELECT 1 FROM inbox WHERE event_id = $1`, [poison.id])).toHaveLength(0);
  });

  it('replays a dead-lettered event after the bug is fixed, applying it once however often it is replayed', async () => {
    const noteId = randomUUID();
    const poison = envelope({ noteId, text: ALWAYS_FAILS });
    await send(poison);
    await waitFor(() => deadLetters.records.find((record) => record.value.includes(poison.id)));

    probeBug.active = false;
    try {
      const tool = new DeadLetters(kafka(), groupId, prefix);
      const letter = (await tool.list()).find((candidate) => candidate.value.includes(poison.id));
      expect(letter).toMatchObject({ kind: 'handler-failed', originalTopic: 'probe.note.v1' });
      await tool.replay([letter!, letter!]);
      await waitUntilApplied(noteId);
      await groupCaughtUp(groupId, [topic]);
      expect(await applied(noteId)).toEqual([{ event_id: poison.id }]);
    } finally {
      probeBug.active = true;
    }
  });

  it('tolerates unknown fields and skips event types it does not handle', async () => {
    const unhandled = envelope({ noteId: randomUUID() }, { type: 'probe.note.archived.v1' });
    const noteId = randomUUID();
    await send(unhandled, envelope({ noteId, text: 'from a newer producer', colour: 'green' }));

    await waitUntilApplied(noteId);
    expect(deadLetters.records.some((record) => record.value.includes(unhandled.id))).toBe(false);
  });

  it('applies an event published while the consumer was down once it is back, and nothing twice', async () => {
    const before = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM probe_applied`);
    await app.close();

    const noteId = randomUUID();
    await send(envelope({ noteId, text: 'sent while the service was down' }));
    app = await startApp();

    await waitUntilApplied(noteId);
    const after = await db.query<{ count: number }>(`SELECT count(*)::int AS count FROM probe_applied`);
    expect(after[0].count).toBe(before[0].count + 1);
  });
});
