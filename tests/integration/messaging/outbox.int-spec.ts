import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import type { EventEnvelope } from '@hb/contracts';
import { event, NotADataModifyingStatementError, Outbox } from '@hb/messaging';
import { newTraceContext, runWithTraceContext } from '@hb/observability';
import { createService, startService } from '@hb/platform';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { TopicReader, uniquePrefix } from '../../support/kafka';
import { NoteRecorded, NotesService, ProbeRollback, probeOverrides, probeService } from '../../support/probe';
import { statementCounter, type CountStatements } from '../../support/statement-counter';
import { waitFor } from '../../support/wait';

describe('transactional outbox (real PostgreSQL and Kafka)', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let reader: TopicReader;
  let topic: string;

  beforeAll(async () => {
    db = await createTestDatabase('outbox');
    const prefix = uniquePrefix('outbox');
    topic = `${prefix}.probe.note.v1`;
    app = await createService(
      probeService,
      probeOverrides({ databaseUrl: db.url, topicPrefix: prefix, groupId: `${prefix}.group` }),
    );
    await startService(app);
    reader = await TopicReader.start([topic]);
  });

  afterAll(async () => {
    await reader?.stop();
    await app?.close();
    await db?.drop();
  });

  it('puts a committed change on its topic in a CloudEvents envelope keyed by the aggregate id', async () => {
    const noteId = await app.get(NotesService).write('Zhaojue buckwheat, first harvest');

    const record = await waitFor(() => reader.records.find((candidate) => candidate.key === noteId), {
      what: 'the note event on the topic',
    });
    expect(record.headers['content-type']).toContain('application/cloudevents+json');
    const envelope = JSON.parse(record.value);
    expect(envelope).toMatchObject({
      type: 'probe.note.recorded.v1',
      source: 'catalog',
      subject: noteId,
      specversion: '1.0',
      datacontenttype: 'application/json',
      data: { noteId, text: 'Zhaojue buckwheat, first harvest' },
    });
    expect(envelope.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(envelope.time)).not.toBeNaN();

    const [note] = await db.query(`SELECT text FROM probe_notes WHERE id = $1`, [noteId]);
    expect(note).toEqual({ text: 'Zhaojue buckwheat, first harvest' });
    await waitFor(
      async () =>
        (await db.query(`SELECT 1 FROM outbox WHERE key = $1 AND published_at IS NOT NULL`, [noteId]))
          .length === 1,
      { what: 'the outbox row to be marked published' },
    );
  });

  it('publishes nothing, and keeps nothing, when the transaction rolls back', async () => {
    const notes = app.get(NotesService);
    await expect(notes.write('this note never happened', { thenFail: true })).rejects.toBeInstanceOf(
      ProbeRollback,
    );

    expect(await db.query(`SELECT 1 FROM probe_notes WHERE text = 'this note never happened'`)).toHaveLength(
      0,
    );
    expect(
      await db.query(`SELECT 1 FROM outbox WHERE envelope->'data'->>'text' = 'this note never happened'`),
    ).toHaveLength(0);

    // The relay publishes in commit order, so once a later note is on the topic, an earlier one would be too.
    const later = await notes.write('written after the rollback');
    await waitFor(() => reader.records.some((record) => record.key === later), { what: 'the later note' });
    expect(reader.envelopes().map((envelope) => envelope.data.text)).not.toContain(
      'this note never happened',
    );
  });

  it('carries the correlation id and trace of the request that caused the event', async () => {
    const trace = newTraceContext({ correlationId: 'canteen-order-20261127-0042' });
    const noteId = await runWithTraceContext(trace, () => app.get(NotesService).write('traced note'));

    const record = await waitFor(() => reader.records.find((candidate) => candidate.key === noteId));
    const envelope = JSON.parse(record.value) as EventEnvelope;
    expect(envelope.correlationid).toBe('canteen-order-20261127-0042');
    expect(record.headers).toMatchObject({
      'correlation-id': 'canteen-order-20261127-0042',
      ce_type: 'probe.note.recorded.v1',
      ce_id: envelope.id,
      traceparent: envelope.traceparent,
    });
    expect(envelope.traceparent?.slice(3, 35)).toBe(trace.traceparent.slice(3, 35));
  });

  it('publishes each of many concurrently committed events exactly once', async () => {
    const notes = app.get(NotesService);
    const ids = await Promise.all(
      Array.from({ length: 40 }, (_, index) => notes.write(`bulk note ${index}`)),
    );

    await waitFor(() => ids.every((id) => reader.records.some((record) => record.key === id)), {
      what: 'all 40 notes on the topic',
    });
    for (const id of ids) expect(reader.records.filter((record) => record.key === id)).toHaveLength(1);
    const [{ pending }] = await db.query<{ pending: number }>(
      `SELECT count(*)::int AS pending FROM outbox WHERE published_at IS NULL`,
    );
    expect(pending).toBe(0);
  });

  it('claims without reading again the rows it has published, even before any vacuum', async () => {
    // What vacuum would clean up is left in place: only the way the relay claims keeps its claims cheap.
    await db.query(`ALTER TABLE outbox SET (autovacuum_enabled = false)`);
    const notes = app.get(NotesService);
    const published = (text: string) =>
      waitFor(
        async () =>
          (
            await db.query(
              `SELECT 1 FROM outbox WHERE envelope->'data'->>'text' = $1 AND published_at IS NOT NULL`,
              [text],
            )
          ).length === 1,
        { what: `"${text}" published` },
      );
    for (let round = 0; round < 30; round += 1)
      await Promise.all(Array.from({ length: 50 }, (_, index) => notes.write(`pile ${round}.${index}`)));
    await published('pile 29.49');
    // The relay's next claims pass over the 1,500 published rows (they were too recent for that
    // earlier: dead only once every transaction that could see them unpublished has ended).
    for (const text of ['one more', 'and another']) {
      await notes.write(text);
      await published(text);
    }

    const [{ pages }] = await db.query<{ pages: number }>(
      `SELECT (pg_relation_size('outbox') / current_setting('block_size')::int)::int AS pages`,
    );
    // Buffers of a claim, after one that plans it in this session (the catalog's pages are read then).
    await db.query(`SELECT * FROM outbox_claim(0)`);
    const [{ 'QUERY PLAN': plan }] = await db.query<{
      'QUERY PLAN': [{ Plan: { 'Shared Hit Blocks': number; 'Shared Read Blocks': number } }];
    }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT * FROM outbox_claim(500)`);
    expect(pages).toBeGreaterThan(100);
    // A claim that visited the published rows again would read most of the table's pages.
    expect(plan[0].Plan['Shared Hit Blocks'] + plan[0].Plan['Shared Read Blocks']).toBeLessThanOrEqual(10);
  });

  describe('a state change and its events in one statement (appendWith)', () => {
    let countStatements: CountStatements;
    beforeAll(() => {
      countStatements = statementCounter(app.get(DataSource));
    });

    const insertNote = (id: string, text: string) => ({
      text: `INSERT INTO probe_notes (id, text) VALUES ($1, $2)`,
      values: [id, text],
    });
    const appendWith = (...statements: { text: string; values: unknown[] }[]) => {
      const noteId = randomUUID();
      return {
        noteId,
        run: () =>
          app
            .get(DataSource)
            .transaction((tx) =>
              app
                .get(Outbox)
                .appendWith(tx, statements, event(NoteRecorded, { noteId, text: 'written with its event' })),
            ),
      };
    };

    it('commits the changes and the event together, in one round trip', async () => {
      const first = randomUUID();
      const second = randomUUID();
      const { noteId, run } = appendWith(
        insertNote(first, 'change one'),
        insertNote(second, "it's change two"),
      );
      const { statements } = await countStatements(run);

      expect(statements.filter((sql) => !/^(START TRANSACTION|COMMIT)$/.test(sql))).toHaveLength(1);
      expect(
        await db.query(`SELECT text FROM probe_notes WHERE id = ANY($1::uuid[]) ORDER BY text`, [
          [first, second],
        ]),
      ).toEqual([{ text: 'change one' }, { text: "it's change two" }]);
      await waitFor(() => reader.records.some((record) => record.key === noteId), { what: 'the event' });
    });

    it('writes neither the changes nor the event when one change fails', async () => {
      const existing = await app.get(NotesService).write('already there');
      const fresh = randomUUID();
      const { noteId, run } = appendWith(insertNote(fresh, 'would be new'), insertNote(existing, 'clash'));

      await expect(run()).rejects.toThrow(/duplicate key/);
      expect(await db.query(`SELECT 1 FROM probe_notes WHERE id = $1`, [fresh])).toHaveLength(0);
      expect(await db.query(`SELECT 1 FROM outbox WHERE key = $1`, [noteId])).toHaveLength(0);
    });

    it('refuses a statement that is not INSERT, UPDATE or DELETE (a SELECT in WITH might never run)', async () => {
      const { noteId, run } = appendWith({ text: 'SELECT * FROM probe_notes FOR UPDATE', values: [] });

      await expect(run()).rejects.toBeInstanceOf(NotADataModifyingStatementError);
      expect(await db.query(`SELECT 1 FROM outbox WHERE key = $1`, [noteId])).toHaveLength(0);
    });
  });
});
