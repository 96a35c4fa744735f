import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import type { EventEnvelope } from './envelope';
import { nestedShapeProblems } from './nested-shape';
import { UNSTORABLE_TEXT_MESSAGE, unstorableTextIn } from './text';
import type { TopicSpec } from './topics';
import { rememberValidationMetadata } from './validation-metadata-cache';

// Every service validates events (and, with the same class-validator storage, request bodies).
rememberValidationMetadata();

/**
 * One event type, declared once: its versioned type name, the topic it travels on, the class that
 * describes (and validates) its payload, and how its subject (the Kafka key) is derived.
 */
export interface EventDefinition<TData extends object = object> {
  readonly type: string;
  readonly topic: TopicSpec;
  readonly payload: ClassConstructor<TData>;
  readonly description: string;
  /** Method syntax on purpose: definitions of different payloads live in one catalog. */
  subjectOf(data: TData): string;
}

export function defineEvent<TData extends object>(
  definition: EventDefinition<TData>,
): EventDefinition<TData> {
  if (!/^[a-z]+(\.[a-z][a-zA-Z]*)+\.v\d+$/.test(definition.type)) {
    throw new Error(`event type "${definition.type}" must look like <service>.<aggregate>.<fact>.v<N>`);
  }
  return Object.freeze(definition);
}

/** The type names of some definitions, for one handler of several events: `@EventPattern(typesOf(...))`. */
export const typesOf = (definitions: readonly EventDefinition[]): string[] =>
  definitions.map((definition) => definition.type);

/** The payload type of an event definition. */
export type EventData<D> = D extends EventDefinition<infer T> ? T : never;

export class EventValidationError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[],
  ) {
    super(`${message}: ${problems.join('; ')}`);
    this.name = 'EventValidationError';
  }
}

function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`);
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * How deep event data may nest: the contracts need a handful of levels (an order's lines and their
 * lots). Deeper data is refused before class-transformer, whose recursion over it would overflow the
 * stack or not depending on how deep the caller already is, so the same record was judged invalid in
 * one place and valid in another.
 */
export const MAX_DATA_DEPTH = 32;

/** Whether a JSON value nests objects or arrays deeper than `max` levels (walked without recursion). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  // Only objects and arrays are stacked (a batch of readings holds far more numbers and strings).
  const pending: object[] = [];
  const depths: number[] = [];
  if (value !== null && typeof value === 'object') {
    pending.push(value);
    depths.push(0);
  }
  while (pending.length > 0) {
    const current = pending.pop()!;
    const depth = depths.pop()!;
    if (depth >= max) return true;
    const items: unknown[] = Array.isArray(current) ? current : Object.values(current);
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index];
      if (item !== null && typeof item === 'object') {
        pending.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}

const UNTRANSFORMED = new WeakMap<object, readonly string[]>();

/**
 * Marks a field of event data that class-transformer leaves alone: plain JSON judged as a whole by
 * its own validator (a logger's batch: hundreds of readings, checked in one loop), which
 * class-transformer would otherwise copy object by object, at ingest rate, to the same plain objects.
 * parseEventData puts the parsed value on the instance as it came.
 */
export function Untransformed(): PropertyDecorator {
  return (target, key) => {
    UNTRANSFORMED.set(target.constructor, [...(UNTRANSFORMED.get(target.constructor) ?? []), String(key)]);
  };
}

function transformed<TData extends object>(payload: ClassConstructor<TData>, raw: object): TData {
  const untransformed = UNTRANSFORMED.get(payload);
  if (!untransformed) return plainToInstance(payload, raw);
  const rest: Record<string, unknown> = { ...raw };
  for (const key of untransformed) delete rest[key];
  const instance = plainToInstance(payload, rest);
  for (const key of untransformed) {
    if (Object.hasOwn(raw, key))
      (instance as Record<string, unknown>)[key] = (raw as Record<string, unknown>)[key];
  }
  return instance;
}

/**
 * Whether JSON text can hold, once parsed, a string PostgreSQL cannot store (unstorableTextIn): only
 * through a `\u` escape. JSON allows no raw control character in its strings (nor a NUL anywhere),
 * and text decoded from UTF-8 has no unpaired surrogate (an invalid sequence decodes to U+FFFD).
 * One scan of the text instead of a walk over every string and key of what it parses to.
 */
export const jsonMayHoldUnstorableText = (json: string): boolean => json.includes('\\u');

/**
 * Turns an untrusted payload into an instance of the definition's class, or throws
 * EventValidationError. Unknown fields are tolerated (a newer producer may add them).
 * `textChecked`: the caller knows the payload holds no unstorable text (jsonMayHoldUnstorableText
 * said no of the JSON it was parsed from), so it is not walked for it.
 */
export function parseEventData<TData extends object>(
  definition: EventDefinition<TData>,
  raw: unknown,
  { textChecked = false }: { textChecked?: boolean } = {},
): TData {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new EventValidationError(`${definition.type} data`, ['data must be an object']);
  }
  if (nestedDeeperThan(raw, MAX_DATA_DEPTH)) {
    throw new EventValidationError(`${definition.type} data is invalid`, [
      `data nests objects or arrays deeper than ${MAX_DATA_DEPTH} levels`,
    ]);
  }
  const unstorable = textChecked ? [] : unstorableTextIn(raw);
  if (unstorable.length > 0) {
    throw new EventValidationError(
      `${definition.type} data is invalid`,
      unstorable.map((path) => `${path}: ${UNSTORABLE_TEXT_MESSAGE}`),
    );
  }
  const instance = transformed(definition.payload, raw);
  const problems = flatten(validateSync(instance, { forbidUnknownValues: true }));
  if (problems.length === 0) {
    problems.push(...nestedShapeProblems(instance).map((problem) => `${problem.field}: ${problem.message}`));
  }
  if (problems.length > 0) throw new EventValidationError(`${definition.type} data is invalid`, problems);
  return instance;
}

const shown = (text: string | null) => (text === null ? 'none' : JSON.stringify(text.slice(0, 100)));

/**
 * Checks what keeps one aggregate's events in order: the envelope's subject is the aggregate its data
 * is about (`subjectOf`), and the record's key is that subject (so they share a partition). An event
 * that breaks either was not written by a contract's producer; applying it could overtake, or be
 * overtaken by, the events of its aggregate on their own partition.
 */
export function checkSubject<TData extends object>(
  definition: EventDefinition<TData>,
  envelope: EventEnvelope<TData>,
  key: string | null,
): void {
  const problems: string[] = [];
  const aggregate = definition.subjectOf(envelope.data);
  if (envelope.subject !== aggregate) {
    problems.push(`subject ${shown(envelope.subject)} is not the aggregate of the data, ${shown(aggregate)}`);
  }
  if (key !== envelope.subject) problems.push(`the record key ${shown(key)} is not the subject`);
  if (problems.length > 0) throw new EventValidationError(`${definition.type} envelope`, problems);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks the CloudEvents attributes of an untrusted envelope; `data` is checked by parseEventData. */
export function parseEnvelope(raw: unknown): EventEnvelope<unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new EventValidationError('envelope', ['the record value is not a JSON object']);
  }
  const candidate = raw as Record<string, unknown>;
  const problems: string[] = [];
  const text = (name: string) => {
    const value = candidate[name];
    if (typeof value !== 'string' || value.length === 0) problems.push(`${name} must be a non-empty string`);
  };
  ['id', 'type', 'source', 'time', 'subject'].forEach(text);
  if (typeof candidate.id === 'string' && !UUID.test(candidate.id)) problems.push('id must be a UUID');
  if (typeof candidate.time === 'string' && Number.isNaN(Date.parse(candidate.time))) {
    problems.push('time must be an ISO-8601 timestamp');
  }
  if (candidate.specversion !== '1.0') problems.push('specversion must be "1.0"');
  if (!('data' in candidate)) problems.push('data is missing');
  if (problems.length > 0) throw new EventValidationError('envelope is invalid', problems);
  return candidate as unknown as EventEnvelope<unknown>;
}
