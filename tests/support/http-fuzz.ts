import fc from 'fast-check';
import { randomInt } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Role } from '@hb/contracts';
import type { TestDatabase } from './database';
import { changedTables, databaseFingerprint, watchWrites, type Fingerprint } from './db-fingerprint';
import { call } from './http';
import type { Route } from './routes';
import {
  deref,
  headerValues,
  pathSegments,
  payloads,
  schemaContext,
  type Payload,
  type Schema,
  type SchemaContext,
  type Segment,
} from './schema-fuzz';

/** The OpenAPI document a service serves at /docs/openapi.json. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}

interface OperationObject {
  summary?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;
export type WriteMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A write operation of the document: path, parameters and body schema. */
export interface WriteOperation {
  readonly method: WriteMethod;
  /** As in the document: `/v1/products/{id}/lots`. */
  readonly path: string;
  readonly summary: string;
  readonly pathParameters: readonly { name: string; schema?: Schema }[];
  readonly headerParameters: readonly { name: string; required: boolean; schema?: Schema }[];
  /** Undefined: the operation takes no body. */
  readonly body?: Schema;
}

export const describeOperation = (operation: { method: string; path: string }): string =>
  `${operation.method} ${operation.path}`;

/** Fetches the service's own OpenAPI document, the one it serves to clients. */
export async function openApiDocumentOf(app: NestFastifyApplication): Promise<OpenApiDocument> {
  const answer = await call(app, { method: 'GET', url: '/docs/openapi.json' });
  if (answer.status !== 200) throw new Error(`/docs/openapi.json answered ${answer.status}`);
  return answer.body as OpenApiDocument;
}

/** Every POST, PUT, PATCH and DELETE of the document. */
export function writeOperations(document: OpenApiDocument): WriteOperation[] {
  const operations: WriteOperation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of WRITE_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = operation.parameters ?? [];
      operations.push({
        method: method.toUpperCase() as WriteMethod,
        path,
        summary: operation.summary ?? '',
        pathParameters: parameters.filter((parameter) => parameter.in === 'path'),
        headerParameters: parameters
          .filter((parameter) => parameter.in === 'header')
          .map((parameter) => ({ ...parameter, required: parameter.required === true })),
        body: operation.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return operations.sort((a, b) => describeOperation(a).localeCompare(describeOperation(b)));
}

/** A controller's path as the document writes it (`{id}` for `:id`). */
export const toDocumentPath = (path: string): string => path.replace(/:(\w+)/g, '{$1}');

/** The write routes of the controllers, written as the document writes paths. */
export const writeRoutesOf = (routes: readonly Route[]): string[] =>
  routes
    .filter((route) => route.method !== 'GET')
    .map((route) => describeOperation({ method: route.method, path: toDocumentPath(route.path) }))
    .sort();

/**
 * The list endpoints of the document: every GET that answers a page (`nextCursor`) or takes a
 * `limit`, with the largest `limit` it documents (undefined: none).
 */
export function listOperations(document: OpenApiDocument): { path: string; maximum: number | undefined }[] {
  const context = schemaContext(document.components?.schemas ?? {});
  const lists: { path: string; maximum: number | undefined }[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const operation = item.get as
      | (OperationObject & { responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> })
      | undefined;
    if (!operation) continue;
    const limit = operation.parameters?.find(
      (parameter) => parameter.in === 'query' && parameter.name === 'limit',
    );
    const answer = deref(operation.responses?.['200']?.content?.['application/json']?.schema, context);
    const paged = answer.properties !== undefined && 'nextCursor' in (answer.properties as object);
    if (limit || paged) lists.push({ path, maximum: limit?.schema?.maximum as number | undefined });
  }
  return lists;
}

/** An array of a request body (not inside another array), with how to send a body holding just it. */
export interface BodyArray {
  readonly field: string;
  readonly maxItems: number | undefined;
  readonly items: Schema | undefined;
  body(items: unknown[]): unknown;
}

export function arraysOf(
  schema: Schema | undefined,
  context: SchemaContext,
  path: string[] = [],
): BodyArray[] {
  const resolved = deref(schema, context);
  const found: BodyArray[] = [];
  for (const [name, property] of Object.entries((resolved.properties ?? {}) as Record<string, Schema>)) {
    const field = [...path, name];
    const value = deref(property, context);
    const wrap = (inner: unknown) => field.reduceRight<unknown>((nested, key) => ({ [key]: nested }), inner);
    if (value.type === 'array') {
      found.push({
        field: field.join('.'),
        maxItems: value.maxItems as number | undefined,
        items: value.items as Schema,
        body: wrap,
      });
    } else if (value.type === 'object' || value.properties) found.push(...arraysOf(property, context, field));
  }
  return found;
}

export interface HttpFuzzTarget {
  readonly app: NestFastifyApplication;
  readonly db: TestDatabase;
  readonly document: OpenApiDocument;
  /** The controllers' routes (roles per route). */
  readonly routes: readonly Route[];
  /** Tokens of the roles the fuzzer may call as; each operation is called as the roles it allows. */
  readonly tokens: Partial<Record<Role, string>>;
  /** Values of path parameters that exist (by parameter name), and of body properties (by name). */
  readonly known: {
    readonly path?: Record<string, readonly string[]>;
    readonly body?: Record<string, readonly unknown[]>;
    /** Builders of bodies the service accepts, by operation (`POST /v1/orders`): more cases get deep. */
    readonly requests?: Record<string, () => unknown>;
  };
  /** A known-good request (or a few) that must still succeed after the fuzzing. */
  stillServes(): Promise<void>;
  /**
   * Waits for the background work an accepted request starts (a service reading its own events back
   * writes its inbox), before the database is fingerprinted again: else a later rejected request
   * would seem to have written.
   */
  settle?(): Promise<void>;
}

export interface HttpCase {
  readonly role: Role;
  readonly segments: Readonly<Record<string, Segment>>;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly payload: Payload;
}

export interface OperationReport {
  readonly operation: string;
  readonly cases: number;
  readonly accepted: number;
  /** Rejected cases compared with the database fingerprint one by one (they sent write statements). */
  readonly fingerprinted: number;
  readonly statuses: Record<string, number>;
  readonly milliseconds: number;
}

/** Rejected cases that sent no write statement are compared with the fingerprint this many at a time. */
const UNWRITTEN_BATCH = 50;

export interface FuzzSettings {
  /** Cases per operation (FUZZ_RUNS overrides; at least 1,000 in CI). */
  readonly numRuns: number;
  /** New on every run, and printed, so that runs explore different cases; FUZZ_SEED replays one. */
  readonly seed: number;
}

export const fuzzSettings = (defaults: { numRuns: number }): FuzzSettings => ({
  numRuns: Number(process.env.FUZZ_RUNS ?? defaults.numRuns),
  seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : randomInt(2 ** 31),
});

/** Distinct failures of a run (by what went wrong, numbers left out), with the first cases of each. */
export class Failures {
  private readonly byKind = new Map<string, { count: number; examples: string[] }>();

  record(problems: readonly string[], message: string): void {
    for (const problem of problems) {
      const kind = problem.split(':')[0].replace(/\d+/g, 'N');
      const entry = this.byKind.get(kind) ?? { count: 0, examples: [] };
      entry.count += 1;
      if (entry.examples.length < 3) entry.examples.push(message);
      this.byKind.set(kind, entry);
    }
  }

  throwIfAny(what: string): void {
    if (this.byKind.size === 0) return;
    const text = [...this.byKind]
      .map(([kind, { count, examples }]) => `== ${kind} (${count} cases), e.g.\n${examples.join('\n--\n')}`)
      .join('\n\n');
    throw new Error(`${what}: ${this.byKind.size} kind(s) of failure\n${text}`);
  }
}

const REQUEST_TIMEOUT_MS = 15_000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`hung: no answer within ${REQUEST_TIMEOUT_MS} ms to ${what}`)),
        REQUEST_TIMEOUT_MS,
      );
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Everything a case sends, for the failure message (long values cut). */
function describeCase(operation: WriteOperation, url: string, testCase: HttpCase): string {
  const cut = (text: string | undefined) =>
    text === undefined
      ? '(none)'
      : text.length > 400
        ? `${text.slice(0, 400)}… (${text.length} chars)`
        : text;
  return [
    `${operation.method} ${cut(url)} as ${testCase.role}`,
    `headers: ${JSON.stringify(testCase.headers)}`,
    `payload (${testCase.payload.kind}: ${testCase.payload.note}; content type ${JSON.stringify(testCase.payload.contentType)}): ${cut(testCase.payload.text)}`,
  ].join('\n');
}

/** The cases of one operation: the roles it allows, path parameters, headers and bodies. */
export function httpCases(
  target: HttpFuzzTarget,
  operation: WriteOperation,
  context: SchemaContext,
): fc.Arbitrary<HttpCase> {
  const route = target.routes.find(
    (candidate) =>
      candidate.method === operation.method && candidate.path.replace(/:(\w+)/g, '{$1}') === operation.path,
  );
  if (!route) throw new Error(`${describeOperation(operation)} is documented but no controller serves it`);
  const roles = route.roles.filter((role) => target.tokens[role] !== undefined);
  if (roles.length === 0)
    throw new Error(
      `no token given for any role of ${describeOperation(operation)} (${route.roles.join(', ')})`,
    );
  const segments = Object.fromEntries(
    operation.pathParameters.map((parameter) => [
      parameter.name,
      pathSegments(parameter.schema, context, target.known.path?.[parameter.name] ?? []),
    ]),
  );
  const headers = Object.fromEntries(
    operation.headerParameters.map((parameter) => [parameter.name.toLowerCase(), headerValues]),
  );
  return fc.record({
    role: fc.constantFrom(...roles),
    segments: fc.record(segments),
    headers: fc.record(headers),
    payload: payloads(operation.body, context, target.known.requests?.[describeOperation(operation)]),
  });
}

/**
 * Fuzzes one write operation with `numRuns` generated requests and checks, for each: no 5xx (and no
 * hang); every 4xx is problem+json with its status and a title; a rejected request left the
 * database as it was (every table, the outbox included). Then the service must still be ready and
 * serve a known-good request. Throws fast-check's report (seed, path, shrunk counterexample).
 */
export async function fuzzWriteOperation(
  target: HttpFuzzTarget,
  operation: WriteOperation,
  settings: FuzzSettings,
): Promise<OperationReport> {
  const started = Date.now();
  const context = schemaContext(target.document.components?.schemas ?? {}, target.known.body ?? {});
  const fastify = target.app.getHttpAdapter().getInstance();
  await fastify.ready();
  const statuses: Record<string, number> = {};
  let cases = 0;
  let accepted = 0;
  // By default every distinct failure of the run is reported at the end; FUZZ_SHRINK=1 stops at the
  // first one instead and lets fast-check shrink it to a minimal case.
  const shrink = process.env.FUZZ_SHRINK === '1';
  const failures = new Failures();
  const writes = watchWrites(target.app);
  /** The database as of the last check; undefined once a case was accepted (it may write). */
  let known: Fingerprint | undefined;
  /** Rejected cases since `known` that sent no write statement: checked together, every UNWRITTEN_BATCH. */
  let unwritten = 0;
  let fingerprinted = 0;

  const property = fc.asyncProperty(httpCases(target, operation, context), async (testCase) => {
    const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => testCase.segments[name].encoded);
    const headers: Record<string, string> = { authorization: `Bearer ${target.tokens[testCase.role]}` };
    for (const [name, value] of Object.entries(testCase.headers))
      if (value !== undefined) headers[name] = value;
    if (testCase.payload.contentType !== undefined) headers['content-type'] = testCase.payload.contentType;
    if (!known) {
      await target.settle?.();
      known = await databaseFingerprint(target.db);
      unwritten = 0;
    }
    const writesBefore = writes.count;
    const response = await withTimeout(
      fastify.inject({ method: operation.method, url, headers, payload: testCase.payload.text }),
      describeOperation(operation),
    );
    cases += 1;
    statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
    const problems: string[] = [];
    const status = response.statusCode;
    if (status >= 500) problems.push(`server error ${status}: ${response.body.slice(0, 500)}`);
    else if (status >= 400) {
      const contentType = String(response.headers['content-type'] ?? '');
      let body: Record<string, unknown> | undefined;
      try {
        body = response.json();
      } catch {
        body = undefined;
      }
      if (!contentType.startsWith('application/problem+json'))
        problems.push(
          `${status} is not problem+json (content type "${contentType}"): ${response.body.slice(0, 300)}`,
        );
      if (body?.status !== status || typeof body?.title !== 'string' || body.title.length === 0)
        problems.push(`${status} problem without its status and title: ${response.body.slice(0, 300)}`);
      const wrote = writes.count > writesBefore;
      if (wrote || unwritten + 1 >= UNWRITTEN_BATCH) {
        const after = await databaseFingerprint(target.db);
        if (wrote) fingerprinted += 1;
        const changed = changedTables(known, after);
        if (changed.length > 0) {
          const suspects = wrote ? '' : ` (or one of the ${unwritten} rejected requests before it)`;
          problems.push(`half-written: rejected with ${status}${suspects} yet changed ${changed.join(', ')}`);
        }
        known = after;
        unwritten = 0;
      } else unwritten += 1;
    } else if (status >= 200 && status < 300) {
      accepted += 1;
      known = undefined;
    } else problems.push(`unexpected status ${status}`);
    if (problems.length > 0) {
      known = undefined;
      const message = `${problems.join('\n')}\n${describeCase(operation, url, testCase)}`;
      if (shrink) throw new Error(message);
      failures.record(problems, message);
    }
  });
  await fc.assert(property, { numRuns: settings.numRuns, seed: settings.seed });
  failures.throwIfAny(`${describeOperation(operation)} (FUZZ_SEED=${settings.seed} replays it)`);

  const ready = await call(target.app, { method: 'GET', url: '/health/ready' });
  if (ready.status !== 200)
    throw new Error(`not ready after fuzzing ${describeOperation(operation)}: ${JSON.stringify(ready.body)}`);
  await target.stillServes();
  return {
    operation: describeOperation(operation),
    cases,
    accepted,
    fingerprinted,
    statuses,
    milliseconds: Date.now() - started,
  };
}

/** One line per operation, for the test log: cases, accepted, statuses, time. */
export const formatReports = (reports: readonly OperationReport[]): string =>
  reports
    .map(
      (report) =>
        `${report.operation.padEnd(48)} ${String(report.cases).padStart(5)} cases, ${String(report.accepted).padStart(4)} accepted, ` +
        `${String(report.fingerprinted).padStart(4)} rejected after writing (fingerprinted), ` +
        `${(report.milliseconds / 1000).toFixed(1).padStart(5)} s  ${JSON.stringify(report.statuses)}`,
    )
    .join('\n');

/** A GET of the document: its path and the query parameters it documents. */
export interface ReadOperation {
  readonly path: string;
  readonly pathParameters: readonly { name: string; schema?: Schema }[];
  readonly queryParameters: readonly { name: string; schema?: Schema }[];
}

/** Every GET of the document. */
export function readOperations(document: OpenApiDocument): ReadOperation[] {
  return Object.entries(document.paths)
    .filter(([, item]) => item.get)
    .map(([path, item]) => {
      const parameters = item.get.parameters ?? [];
      return {
        path,
        pathParameters: parameters.filter((parameter) => parameter.in === 'path'),
        queryParameters: parameters.filter((parameter) => parameter.in === 'query'),
      };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Values that break parsers: days that are not on the calendar, far ends of ranges, numbers too big, odd text. */
const TRICKY_QUERY_VALUES = [
  '2026-02-30',
  '2025-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-1-1',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '275760-09-13',
  '2026-02-30T00:00:00Z',
  '2026-02-28T25:61:00Z',
  '20260101',
  '2026-W05',
  '2026-02',
  '1e400',
  '-1',
  '0',
  '-0',
  '2147483648',
  '99999999999999999999999',
  '0x10',
  'NaN',
  'Infinity',
  '',
  ' ',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  'ä',
  '😀',
  '𝕏𝕐',
  '\u202egnp.exe',
  '\u0000',
  'x'.repeat(5_000),
  "' OR 1=1 --",
  '%',
  '../../etc/passwd',
  'eyJrIjoxfQ',
];

/** How a parameter is written: once, twice, as an array, indexed, nested, with no value at all. */
const QUERY_FORMS = ['plain', 'repeated', 'array', 'indexed', 'nested', 'bare'] as const;

function queryValue(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TRICKY_QUERY_VALUES) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.integer().map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
    {
      weight: 1,
      arbitrary: fc
        .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
    },
  );
}

/** A query string for a GET: its documented parameters and a few made-up ones, in every form. */
export function queryStrings(operation: ReadOperation): fc.Arbitrary<string> {
  const names = [
    ...operation.queryParameters.map((parameter) => parameter.name),
    'limit',
    'cursor',
    '__proto__',
    'constructor',
  ];
  const parameter = fc.record({
    name: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...names) }, fc.string({ maxLength: 12 })),
    form: fc.constantFrom(...QUERY_FORMS),
    values: fc.tuple(queryValue(), queryValue()),
  });
  const encode = (text: string) => (text === '%' ? '%' : encodeURIComponent(text));
  const written = ({
    name,
    form,
    values: [first, second],
  }: {
    name: string;
    form: (typeof QUERY_FORMS)[number];
    values: [string, string];
  }): string => {
    const key = encode(name);
    switch (form) {
      case 'plain':
        return `${key}=${encode(first)}`;
      case 'repeated':
        return `${key}=${encode(first)}&${key}=${encode(second)}`;
      case 'array':
        return `${key}[]=${encode(first)}&${key}[]=${encode(second)}`;
      case 'indexed':
        return `${key}[0]=${encode(first)}&${key}[1]=${encode(second)}`;
      case 'nested':
        return `${key}[a]=${encode(first)}`;
      case 'bare':
        return key;
    }
  };
  const anything = fc
    .array(parameter, { minLength: 1, maxLength: 6 })
    .map((parameters) => parameters.map(written).join('&'));
  const documented = operation.queryParameters.map((one) => one.name);
  if (documented.length === 0) return anything;
  // Mostly the documented parameters alone, each with an odd value: past the unknown-parameter check.
  return fc.oneof(
    anything,
    fc
      .subarray(documented, { minLength: 1 })
      .chain((chosen) =>
        fc.tuple(...chosen.map((name) => queryValue().map((value) => `${encode(name)}=${encode(value)}`))),
      )
      .map((pairs) => pairs.join('&')),
    fc
      .tuple(fc.constantFrom(...documented), queryValue())
      .map(([name, value]) => `${encode(name)}=${encode(value)}`),
  );
}

/**
 * The readiness probe's documented 503: a dependency did not answer within the probe's time (a broker
 * slow under the fuzzing load beside it), said in a problem document naming it `down`. An answer about
 * the service's dependencies, whatever the query string: not a server error.
 */
const isReadinessVerdict = (path: string, status: number, body: string): boolean =>
  path === '/health/ready' && status === 503 && /"checks":\{[^}]*"down"/.test(body);

/**
 * Fuzzes the query string of one GET with `numRuns` generated ones, as each role it allows (and
 * anonymously where it is public): no 5xx (but the readiness probe's verdict above), no hang, every 4xx
 * problem+json with its status and title.
 */
export async function fuzzReadOperation(
  target: HttpFuzzTarget,
  operation: ReadOperation,
  settings: FuzzSettings,
): Promise<OperationReport> {
  const started = Date.now();
  const route = target.routes.find(
    (candidate) => candidate.method === 'GET' && toDocumentPath(candidate.path) === operation.path,
  );
  if (!route) throw new Error(`GET ${operation.path} is documented but no controller serves it`);
  const callers: (Role | 'anonymous')[] = [
    ...route.roles.filter((role) => target.tokens[role] !== undefined),
    ...(route.isPublic ? (['anonymous'] as const) : []),
  ];
  if (callers.length === 0) throw new Error(`no token given for any role of GET ${operation.path}`);
  const path = operation.path.replace(
    /\{(\w+)\}/g,
    (_, name: string) => target.known.path?.[name]?.[0] ?? '00000000-0000-4000-8000-000000000000',
  );
  const fastify = target.app.getHttpAdapter().getInstance();
  await fastify.ready();
  const statuses: Record<string, number> = {};
  const failures = new Failures();
  const shrink = process.env.FUZZ_SHRINK === '1';
  let cases = 0;
  let accepted = 0;
  const property = fc.asyncProperty(
    fc.constantFrom(...callers),
    queryStrings(operation),
    async (caller, query) => {
      const url = `${path}?${query}`;
      const headers: Record<string, string> =
        caller === 'anonymous' ? {} : { authorization: `Bearer ${target.tokens[caller]}` };
      const response = await withTimeout(fastify.inject({ method: 'GET', url, headers }), `GET ${url}`);
      cases += 1;
      const status = response.statusCode;
      statuses[status] = (statuses[status] ?? 0) + 1;
      const problems: string[] = [];
      if (status >= 500 && !isReadinessVerdict(operation.path, status, response.body))
        problems.push(`server error ${status}: ${response.body.slice(0, 500)}`);
      else if (status >= 400) {
        const contentType = String(response.headers['content-type'] ?? '');
        if (!contentType.startsWith('application/problem+json'))
          problems.push(`${status} is not problem+json (content type "${contentType}")`);
      } else accepted += 1;
      if (problems.length > 0) {
        const message = `${problems.join('\n')}\nGET ${url.length > 600 ? `${url.slice(0, 600)}…` : url} as ${caller}`;
        if (shrink) throw new Error(message);
        failures.record(problems, message);
      }
    },
  );
  await fc.assert(property, { numRuns: settings.numRuns, seed: settings.seed });
  failures.throwIfAny(`GET ${operation.path} (FUZZ_SEED=${settings.seed} replays it)`);
  return {
    operation: `GET ${operation.path}`,
    cases,
    accepted,
    fingerprinted: 0,
    statuses,
    milliseconds: Date.now() - started,
  };
}
