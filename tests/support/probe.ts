import {
  Body,
  Controller,
  Get,
  HttpCode,
  Injectable,
  Module,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { defineEvent, EventCatalog, type Principal, type TopicSpec } from '@hb/contracts';
import { currentTraceContext } from '@hb/observability';
import {
  event,
  Outbox,
  type BatchPart,
  type ConsumedEvent,
  type EventContext,
  type RetryPolicy,
} from '@hb/messaging';
import { Caller, NotFoundError, Roles, type ServiceDescription, type ServiceOverrides } from '@hb/platform';

/**
 * A small contract and service used only by the plumbing tests: a "note" is written with its event
 * through the outbox, and consumed by a handler that records what it applied.
 */
export const ProbeTopic: TopicSpec = {
  name: 'probe.note.v1',
  partitions: 2,
  producer: 'catalog',
  description: 'Notes written by the plumbing tests.',
};

export class NoteRecordedData {
  @IsUUID()
  noteId!: string;

  @IsString()
  @MaxLength(200)
  text!: string;

  @IsOptional()
  @IsBoolean()
  urgent?: boolean;
}

export const NoteRecorded = defineEvent({
  type: 'probe.note.recorded.v1',
  topic: ProbeTopic,
  payload: NoteRecordedData,
  description: 'A note was written.',
  subjectOf: (data) => data.noteId,
});

/** A handler seeing this text fails every time, like a bug that a retry cannot fix… */
export const ALWAYS_FAILS = 'handler always fails on this';
/** A batch holding a note with this text fails when it finishes (after every handler succeeded). */
export const FINISH_FAILS = 'the tally of a batch fails on this';
/** A batch holding a note with this text loses a deadlock the first time it finishes. */
export const DEADLOCKS_ONCE = 'the tally of a batch deadlocks once on this';
const deadlocked = new Set<string>();
/** …until the bug is fixed (tests of dead-letter replay switch it off). */
export const probeBug = { active: true };

export class ProbeTables1700000000000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE probe_notes (id uuid PRIMARY KEY, text text NOT NULL)`);
    await db.query(
      `CREATE TABLE probe_applied (
         event_id uuid NOT NULL, note_id uuid NOT NULL, text text NOT NULL, correlation_id text,
         -- the transaction that applied it: tests see which events a consumer applied together
         tx_id bigint NOT NULL DEFAULT txid_current()
       )`,
    );
    // One row per consumer transaction, written when its batch finishes: how many notes it applied.
    await db.query(
      `CREATE TABLE probe_tallies (tx_id bigint NOT NULL DEFAULT txid_current(), notes integer NOT NULL)`,
    );
  }
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE probe_tallies`);
    await db.query(`DROP TABLE probe_applied`);
    await db.query(`DROP TABLE probe_notes`);
  }
}

export class ProbeRollback extends Error {}

@Injectable()
export class NotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** Writes a note and its event; with `thenFail` the transaction rolls back after both writes. */
  async write(text: string, { thenFail = false } = {}): Promise<string> {
    const noteId = randomUUID();
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`INSERT INTO probe_notes (id, text) VALUES ($1, $2)`, [noteId, text]);
      await this.outbox.append(tx, event(NoteRecorded, { noteId, text }));
      if (thenFail) throw new ProbeRollback('rolled back on purpose');
    });
    return noteId;
  }
}

export class WriteNoteRequest {
  @IsString()
  @Length(1, 200)
  text!: string;
}

/** An HTTP edge like a service's: a role-guarded write, a read with a 404, validation of the body. */
@Controller('notes')
export class NotesController {
  constructor(
    private readonly notes: NotesService,
    private readonly dataSource: DataSource,
  ) {}

  @Post()
  @Roles('producer')
  @HttpCode(201)
  async write(
    @Body() body: WriteNoteRequest,
    @Caller() caller: Principal,
  ): Promise<{ noteId: string; by: string }> {
    return { noteId: await this.notes.write(body.text), by: caller.organisationId };
  }

  @Get(':id')
  async read(@Param('id', new ParseUUIDPipe()) id: string): Promise<{ id: string; text: string }> {
    const [note] = await this.dataSource.query<{ id: string; text: string }[]>(
      `SELECT id, text FROM probe_notes WHERE id = $1`,
      [id],
    );
    if (!note) throw new NotFoundError('note', id);
    return note;
  }
}

/** The notes of one consumer transaction, counted once when its batch finishes. */
class NotesTally implements BatchPart {
  private readonly texts: string[] = [];
  private readonly ids: string[] = [];

  constructor(private readonly transaction: EntityManager) {}

  add(text: string, noteId: string): void {
    this.texts.push(text);
    this.ids.push(noteId);
  }

  async finish(): Promise<void> {
    const loser = this.ids.find((id, index) => this.texts[index] === DEADLOCKS_ONCE && !deadlocked.has(id));
    if (loser) {
      deadlocked.add(loser);
      throw Object.assign(new Error('deadlock detected (probe)'), { code: '40P01' });
    }
    if (this.texts.includes(FINISH_FAILS) && probeBug.active)
      throw new Error('the probe tally refuses this batch');
    await this.transaction.query(`INSERT INTO probe_tallies (notes) VALUES ($1)`, [this.texts.length]);
  }
}

@Controller()
export class NotesConsumer {
  @EventPattern(NoteRecorded.type)
  async onNoteRecorded(
    @Payload() note: ConsumedEvent<NoteRecordedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    if (note.data.text === ALWAYS_FAILS && probeBug.active)
      throw new Error('the probe handler refuses this note');
    await context.transaction.query(
      `INSERT INTO probe_applied (event_id, note_id, text, correlation_id) VALUES ($1, $2, $3, $4)`,
      [note.id, note.data.noteId, note.data.text, currentTraceContext()?.correlationId ?? null],
    );
    context.batch
      .part(NotesTally, () => new NotesTally(context.transaction))
      .add(note.data.text, note.data.noteId);
  }
}

@Module({ controllers: [NotesController, NotesConsumer], providers: [NotesService] })
export class ProbeModule {}

/** A service like the real ones, made of the probe's producer, consumer and HTTP routes. */
export const probeService: ServiceDescription = {
  name: 'catalog',
  title: 'probe',
  description: 'plumbing probe',
  module: ProbeModule,
  migrations: [ProbeTables1700000000000],
};

export interface ProbeSettings {
  databaseUrl: string;
  topicPrefix: string;
  groupId: string;
  retry?: RetryPolicy;
}

/** Its own database, topic namespace and group, and the probe's contract instead of the system's. */
export function probeOverrides(settings: ProbeSettings): ServiceOverrides {
  return {
    databaseUrl: settings.databaseUrl,
    messaging: {
      topicPrefix: settings.topicPrefix,
      groupId: settings.groupId,
      events: new EventCatalog([NoteRecorded]),
      topics: [ProbeTopic],
      subscriptions: [ProbeTopic],
      retry: settings.retry ?? { attempts: 3, initialBackoffMs: 20, maxBackoffMs: 100 },
      relay: { batchSize: 100, pollIntervalMs: 1_000, retentionHours: 1 },
    },
  };
}
