import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import {
  ALL_TOPICS,
  checkSubject,
  EVENTS,
  parseEnvelope,
  parseEventData,
  writersOf,
  type EventDefinition,
  type EventEnvelope,
} from '@hb/contracts';
import { buildAsyncApiDocument } from '../../libs/contracts/src/asyncapi';
import { changedTables, databaseFingerprint } from './db-fingerprint';
import { envelopeOf } from './events';
import { Failures } from './http-fuzz';
import type { ReadRecord, TopicReader } from './kafka';
import {
  mutatedValue,
  NASTY_STRINGS,
  nastyValue,
  schemaContext,
  type Schema,
  type SchemaContext,
} from './schema-fuzz';
import type { RunningService } from './service-harness';
import { waitFor } from './wait';

/** The payload schemas of every event, as the AsyncAPI document derives them from the contracts. */
export function eventSchemaContext(): SchemaContext {
  const document = buildAsyncApiDocument(EVENTS, ALL_TOPICS) as {
    components: { schemas: Record<string, Schema> };
  };
  return schemaContext(document.components.schemas);
}

/** A record as a producer (or a broken one) could put it on a topic. */
export interface FuzzRecord {
  /** What was made wrong. */
  readonly kind: string;
  readonly key: string | null;
  readonly value: string | Buffer | null;
}

/** What the consumer must do with a record, by the rules of libs/messaging (README, "Reliability"). */
export type Expected =
  | 'invalid-envelope' // dead-lettered at once
  | 'invalid-data' // dead-lettered at once
  | 'wrong-topic' // a handled type on a topic other than its contract's: dead-lettered at once
  | 'wrong-source' // from a service that does not own the topic: dead-lettered at once
  | 'ignored' // a type this service does not handle: skipped, not dead-lettered
  | 'valid'; // applied, or dead-lettered as handler-failed after the retries

const CASE_HEADER = 'x-fuzz-case';

/**
 * The consumer's rules, applied here to predict each record's fate: the envelope must parse, a type
 * the service does not handle is skipped, the type must travel on its contract's topic from that
 * topic's owner, the data must satisfy the contract, and the envelope's subject must be the data's
 * aggregate and the record's key.
 */
export function expectedOutcome(record: FuzzRecord, handled: ReadonlySet<string>, topic: string): Expected {
  let envelope: EventEnvelope;
  try {
    const text = record.value === null ? 'null' : record.value.toString();
    envelope = parseEnvelope(JSON.parse(text));
  } catch {
    return 'invalid-envelope';
  }
  if (!handled.has(envelope.type)) return 'ignored';
  const definition = EVENTS.find(envelope.type);
  if (!definition) return 'invalid-data';
  if (definition.topic.name !== topic) return 'wrong-topic';
  if (!writersOf(definition.topic).includes(envelope.source)) return 'wrong-source';
  let data: object;
  try {
    data = parseEventData(definition, envelope.data);
  } catch {
    return 'invalid-data';
  }
  try {
    checkSubject(definition, { ...envelope, data }, record.key);
  } catch {
    return 'invalid-envelope';
  }
  return 'valid';
}

const ENVELOPE_ATTRIBUTES = [
  'id',
  'type',
  'source',
  'time',
  'subject',
  'specversion',
  'datacontenttype',
  'data',
];

/**
 * Malformed records for a consumer of `definition`: bytes that are not JSON, JSON that is not an
 * envelope, envelopes with missing or wrong attributes, types nobody handles, data that breaks the
 * contract, oversized values, text the database cannot store, a subject or key that is not the
 * aggregate's. `valid` makes data the contract accepts (the test's known-good builder).
 */
export function malformedRecords(
  definition: EventDefinition,
  valid: () => object,
  context: SchemaContext,
  handled: ReadonlySet<string>,
): fc.Arbitrary<FuzzRecord> {
  const data = fc.constant(null).map(() => valid());
  const envelope = data.map((value) => envelopeOf(definition, value));
  const json = (value: unknown) => JSON.stringify(value) ?? 'null';
  /** A record of a value, keyed by its subject as a producer would (no key when there is no text subject). */
  const record =
    (kind: string) =>
    (value: unknown): FuzzRecord => {
      const subject = (value as Partial<EventEnvelope> | null)?.subject;
      return { kind, key: typeof subject === 'string' ? subject : null, value: json(value) };
    };
  const schema = { $ref: `#/components/schemas/${definition.payload.name}` };
  const otherTypes = EVENTS.all()
    .map((other) => other.type)
    .filter((type) => !handled.has(type));

  return fc.oneof(
    // Not JSON at all.
    fc
      .tuple(fc.uint8Array({ maxLength: 200 }), fc.option(fc.string({ maxLength: 20 }), { nil: null }))
      .map(([bytes, key]) => ({ kind: 'random bytes', key, value: Buffer.from(bytes) })),
    fc.constant<FuzzRecord>({ kind: 'tombstone (no value)', key: 'tombstone', value: null }),
    envelope.chain((whole) => {
      const text = json(whole);
      return fc
        .nat({ max: text.length - 1 })
        .map((cut) => ({ kind: 'truncated envelope', key: whole.subject, value: text.slice(0, cut) }));
    }),
    // JSON, but not an envelope.
    fc
      .oneof(
        fc.jsonValue({ maxDepth: 3 }),
        data,
        envelope.map((whole) => [whole]),
        nastyValue,
      )
      .map((value) => ({ kind: 'not an envelope', key: 'not-an-envelope', value: json(value) })),
    // An envelope with an attribute missing or wrong.
    fc
      .tuple(
        envelope,
        fc.constantFrom(...ENVELOPE_ATTRIBUTES, 'traceparent', 'correlationid'),
        fc.oneof(
          fc.constant(undefined),
          nastyValue,
          fc.constantFrom('', '2.0', 'not-a-uuid', 'yesterday', 42),
        ),
      )
      .map(([whole, attribute, value]) => {
        const broken: Record<string, unknown> = { ...whole };
        if (value === undefined) delete broken[attribute];
        else broken[attribute] = value;
        return record(`envelope ${attribute} ${value === undefined ? 'missing' : 'wrong'}`)(broken);
      }),
    // A type this service does not handle, or no type anyone declared.
    fc
      .tuple(
        envelope,
        fc.oneof(
          otherTypes.length > 0 ? fc.constantFrom(...otherTypes) : fc.constant('catalog.unknown.thing.v1'),
          fc.constantFrom(
            definition.type.replace(/\.v(\d+)$/, '.v9'),
            definition.type.toUpperCase(),
            `${definition.type} `,
            `${definition.type.split('.').slice(0, 2).join('.')}.exploded.v1`,
          ),
        ),
      )
      .map(([whole, type]) => record('unknown type')({ ...whole, type })),
    // Data the contract refuses.
    fc
      .tuple(envelope, mutatedValue(schema, context, data))
      .map(([whole, { value, mutations }]) =>
        record(`invalid data: ${mutations.join('; ')}`)({ ...whole, data: value }),
      ),
    // Oversized values (the contract may accept them; the handler must then store them or dead-letter them).
    fc
      .tuple(envelope, fc.constantFrom(100_000, 250_000), fc.constantFrom('x', '昭'))
      .map(([whole, bytes, char]) => {
        const text = char.repeat(bytes / Buffer.byteLength(char));
        return record(`oversized string of ${bytes} bytes`)({
          ...whole,
          // Not the subject: a longer aggregate id is another aggregate, refused for its subject.
          data: withEveryString(
            whole.data,
            (value) => (value === whole.subject ? value : text),
            1,
            whole.subject,
          ),
        });
      }),
    // Text the database cannot store.
    fc.tuple(envelope, fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'lone \udfff')).map(([whole, text]) =>
      record(`unstorable text ${JSON.stringify(text)}`)({
        ...whole,
        data: withEveryString(whole.data, (value) => value + text),
      }),
    ),
    // The subject is not the data's aggregate, or the key is not the subject.
    fc
      .tuple(
        envelope,
        fc.oneof(
          fc.uuid(),
          fc.constantFrom(...NASTY_STRINGS.filter((text) => text.length > 0 && text.length < 100)),
        ),
      )
      .map(([whole, subject]) => ({
        ...record('subject is not the aggregate')({ ...whole, subject }),
        key: subject,
      })),
    fc
      .tuple(envelope, fc.option(fc.oneof(fc.uuid(), fc.constantFrom('', ' ', 'other-key')), { nil: null }))
      .map(([whole, key]) => ({ ...record(`key ${JSON.stringify(key)} is not the subject`)(whole), key })),
  );
}

/** A copy of a value with its strings (not the keys, not `except`) replaced, the first `limit` of them. */
function withEveryString(
  value: unknown,
  replace: (text: string) => string,
  limit = Infinity,
  except?: string,
): unknown {
  let left = limit;
  const walk = (current: unknown): unknown => {
    if (typeof current === 'string') {
      if (left <= 0 || current === except) return current;
      left -= 1;
      return replace(current);
    }
    if (Array.isArray(current)) return current.map(walk);
    if (current !== null && typeof current === 'object') {
      return Object.fromEntries(Object.entries(current).map(([key, item]) => [key, walk(item)]));
    }
    return current;
  };
  return walk(value);
}

export interface ConsumerReport {
  readonly type: string;
  readonly records: number;
  readonly expected: Record<Expected, number>;
  readonly milliseconds: number;
}

export interface EventFuzzTarget {
  readonly svc: RunningService;
  readonly producer: Producer;
  /** The service's dead-letter topic, read from the beginning. */
  readonly deadLetters: TopicReader;
  readonly handled: ReadonlySet<string>;
  readonly context: SchemaContext;
  /** Waits for the background work earlier events started (see HttpFuzzTarget.settle). */
  readonly settle?: () => Promise<void>;
}

/** Records per send, and bytes: the broker refuses a batch over its message size (1 MB by default). */
const BATCH = 50;
const BATCH_BYTES = 600_000;

type Numbered = FuzzRecord & { id: string };

async function publish(target: EventFuzzTarget, definition: EventDefinition, records: readonly Numbered[]) {
  const topic = target.svc.topic(definition.topic.name);
  const send = (batch: readonly Numbered[]) =>
    target.producer.send({
      topic,
      acks: -1,
      messages: batch.map((record) => ({
        key: record.key,
        value: record.value,
        headers: { [CASE_HEADER]: record.id, 'content-type': 'application/cloudevents+json' },
      })),
    });
  let batch: Numbered[] = [];
  let bytes = 0;
  for (const record of records) {
    const size = record.value === null ? 0 : Buffer.byteLength(record.value);
    if (batch.length > 0 && (batch.length >= BATCH || bytes + size > BATCH_BYTES)) {
      await send(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(record);
    bytes += size;
  }
  if (batch.length > 0) await send(batch);
}

const eventIdOf = (record: FuzzRecord): string | undefined => {
  try {
    const id = (JSON.parse(String(record.value)) as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
};

async function applied(svc: RunningService, eventIds: readonly string[]): Promise<Set<string>> {
  if (eventIds.length === 0) return new Set();
  const rows = await svc.db.query<{ event_id: string }>(
    `SELECT event_id::text FROM inbox WHERE consumer_group = $1 AND event_id::text = ANY($2::text[])`,
    [svc.groupId, eventIds],
  );
  return new Set(rows.map((row) => row.event_id));
}

/**
 * Publishes `numRuns` malformed records for one consumed event type, then checks: every poison
 * record is on the dead-letter topic with the reason in its headers, records of types the service
 * does not handle are skipped, nothing was written by any of them (every table compared), records
 * the contract accepts are applied or dead-lettered (never lost, never both); and the consumer is
 * not stuck: a known-good event published afterwards is applied.
 */
export async function fuzzConsumer(
  target: EventFuzzTarget,
  definition: EventDefinition,
  valid: () => object,
  settings: { numRuns: number; seed: number },
): Promise<ConsumerReport> {
  const started = Date.now();
  const failures = new Failures();
  const { svc } = target;
  const samples = fc.sample(malformedRecords(definition, valid, target.context, target.handled), {
    numRuns: settings.numRuns,
    seed: settings.seed,
  });
  const cases = samples.map((record, index) => ({
    ...record,
    id: `${definition.type}#${index}#${randomUUID()}`,
    expected: expectedOutcome(record, target.handled, definition.topic.name),
  }));
  const counts = {
    'invalid-envelope': 0,
    'invalid-data': 0,
    'wrong-topic': 0,
    'wrong-source': 0,
    ignored: 0,
    valid: 0,
  } as Record<Expected, number>;
  for (const fuzzCase of cases) counts[fuzzCase.expected] += 1;
  const describe = (fuzzCase: (typeof cases)[number]) =>
    `${fuzzCase.kind} (expected ${fuzzCase.expected}); key ${JSON.stringify(fuzzCase.key)}; value ${String(fuzzCase.value).slice(0, 300)}`;

  // Poison and skipped records first: they must not change a single row.
  const poison = cases.filter((fuzzCase) => fuzzCase.expected !== 'valid');
  await target.settle?.();
  const before = await databaseFingerprint(svc.db);
  await publish(target, definition, poison);
  await svc.caughtUp(definition.topic.name);
  const changed = changedTables(before, await databaseFingerprint(svc.db));
  if (changed.length > 0)
    failures.record(
      [`half-written: poison records changed ${changed.join(', ')}`],
      `${poison.length} poison records changed ${changed.join(', ')}`,
    );

  // Then the records the contract accepts (oversized values, mutations that kept the data valid),
  // and last a known-good event: applied, it shows the consumer is not stuck after all the rest.
  const accepted = cases.filter((fuzzCase) => fuzzCase.expected === 'valid');
  const good = envelopeOf(definition, valid());
  const goodCase = `known-good ${good.id}`;
  await publish(target, definition, [
    ...accepted,
    { kind: 'known-good', key: good.subject, value: JSON.stringify(good), id: goodCase },
  ]);
  await svc.caughtUp(definition.topic.name);

  const deadLettered = (id: string): ReadRecord | undefined =>
    target.deadLetters.records.find((record) => record.headers[CASE_HEADER] === id);
  const mustBeDead = poison.filter((fuzzCase) => fuzzCase.expected !== 'ignored');
  await waitFor(() => mustBeDead.every((fuzzCase) => deadLettered(fuzzCase.id)), {
    what: `${mustBeDead.length} dead letters of ${definition.type}`,
    timeoutMs: 15_000,
  }).catch(() => undefined);
  for (const fuzzCase of mustBeDead) {
    const letter = deadLettered(fuzzCase.id);
    if (!letter) {
      failures.record([`not dead-lettered`], describe(fuzzCase));
      continue;
    }
    const kind = letter.headers['x-dlt-error-kind'];
    if (kind !== fuzzCase.expected)
      failures.record(
        [`dead-lettered as ${kind}, not ${fuzzCase.expected}`],
        `${describe(fuzzCase)}; reason ${letter.headers['x-dlt-reason']}`,
      );
    if (!letter.headers['x-dlt-reason'] || letter.headers['x-dlt-original-topic'] !== definition.topic.name)
      failures.record([`dead letter without reason or original topic`], JSON.stringify(letter.headers));
  }
  for (const fuzzCase of poison.filter((candidate) => candidate.expected === 'ignored')) {
    if (deadLettered(fuzzCase.id))
      failures.record([`dead-lettered a type it does not handle`], describe(fuzzCase));
  }
  const appliedIds = await applied(
    svc,
    accepted.map(eventIdOf).filter((id): id is string => id !== undefined),
  );
  for (const fuzzCase of accepted) {
    const letter = deadLettered(fuzzCase.id);
    const wasApplied = appliedIds.has(eventIdOf(fuzzCase) ?? '');
    if (letter && wasApplied) failures.record([`applied and dead-lettered`], describe(fuzzCase));
    if (!letter && !wasApplied) failures.record([`neither applied nor dead-lettered`], describe(fuzzCase));
    if (letter && letter.headers['x-dlt-error-kind'] !== 'handler-failed')
      failures.record(
        [`valid event dead-lettered as ${letter.headers['x-dlt-error-kind']}`],
        `${describe(fuzzCase)}; reason ${letter.headers['x-dlt-reason']}`,
      );
  }

  if (!(await applied(svc, [good.id])).has(good.id)) {
    const letter = deadLettered(goodCase);
    failures.record(
      [`known-good event not applied`],
      `${JSON.stringify(good).slice(0, 500)}; ${letter ? `dead-lettered: ${letter.headers['x-dlt-reason']}` : 'not dead-lettered either'}`,
    );
  }
  failures.throwIfAny(`consumer of ${definition.type} (FUZZ_SEED=${settings.seed} replays it)`);
  return {
    type: definition.type,
    records: cases.length,
    expected: counts,
    milliseconds: Date.now() - started,
  };
}

export const formatConsumerReports = (reports: readonly ConsumerReport[]): string =>
  reports
    .map(
      (report) =>
        `${report.type.padEnd(52)} ${String(report.records).padStart(4)} records, ${(report.milliseconds / 1000).toFixed(1).padStart(5)} s  ${JSON.stringify(report.expected)}`,
    )
    .join('\n');
