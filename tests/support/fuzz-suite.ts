import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { EVENTS } from '@hb/contracts';
import { MAX_PAGE_SIZE, type ServiceDescription } from '@hb/platform';
import { stopFingerprinting } from './db-fingerprint';
import { EventPublisherForTests } from './events';
import { eventSchemaContext, formatConsumerReports, fuzzConsumer, type ConsumerReport } from './event-fuzz';
import {
  arraysOf,
  formatReports,
  fuzzSettings,
  fuzzReadOperation,
  fuzzWriteOperation,
  listOperations,
  openApiDocumentOf,
  readOperations,
  toDocumentPath,
  writeOperations,
  writeRoutesOf,
  type HttpFuzzTarget,
  type OpenApiDocument,
  type OperationReport,
} from './http-fuzz';
import { rawProducer, type TopicReader } from './kafka';
import { consumedEventTypesOf, routesOf } from './routes';
import { schemaContext, validValue } from './schema-fuzz';
import { runService, type HarnessOptions, type RunningService } from './service-harness';

/** What a service's fuzz file knows of its service: callers, existing resources, valid events. */
export interface FuzzFixture {
  readonly http: Pick<HttpFuzzTarget, 'tokens' | 'known' | 'stillServes'>;
  /** A builder of contract-valid data the service applies, for every event type it consumes. */
  readonly events: Readonly<Record<string, () => object>>;
  /**
   * For a service that reads its own events back (monitoring): waits until what it announced was
   * relayed and consumed, before the fuzzers compare the database with what it was.
   */
  readonly settle?: () => Promise<void>;
}

export interface FuzzSuiteOptions {
  readonly harness?: HarnessOptions;
  /** Environment the service starts with (restored afterwards: the test files share one process). */
  readonly env?: Record<string, string>;
  /** Generated requests per write endpoint (FUZZ_RUNS overrides). */
  readonly httpRuns?: number;
  /** Malformed records per consumed event type (FUZZ_EVENTS overrides). */
  readonly eventRuns?: number;
  /** Generated query strings per read endpoint (FUZZ_QUERIES overrides). */
  readonly queryRuns?: number;
}

/**
 * The fuzz tests of one service, on one running instance: every write endpoint of its OpenAPI
 * document with generated requests, then every event type it consumes with malformed records.
 */
export function fuzzService(
  name: string,
  service: ServiceDescription,
  setUp: (svc: RunningService, events: EventPublisherForTests) => Promise<FuzzFixture>,
  options: FuzzSuiteOptions = {},
): void {
  const http = fuzzSettings({ numRuns: options.httpRuns ?? 1_000 });
  const eventRuns = Number(process.env.FUZZ_EVENTS ?? options.eventRuns ?? 100);
  const queryRuns = Number(process.env.FUZZ_QUERIES ?? options.queryRuns ?? 300);

  describe(`fuzzing ${name}: every write endpoint of its OpenAPI document, every consumer of its events`, () => {
    let svc: RunningService;
    let events: EventPublisherForTests;
    let deadLetters: TopicReader;
    let document: OpenApiDocument;
    let fixture: FuzzFixture;
    const httpReports: OperationReport[] = [];
    const eventReports: ConsumerReport[] = [];
    const queryReports: OperationReport[] = [];
    const savedEnv: Record<string, string | undefined> = {};

    beforeAll(async () => {
      for (const [variable, value] of Object.entries(options.env ?? {})) {
        savedEnv[variable] = process.env[variable];
        process.env[variable] = value;
      }
      console.info(`${name}: fuzzing with seed ${http.seed} (FUZZ_SEED=${http.seed} replays this run)`);
      svc = await runService(service, `fuzz-${name}`, options.harness);
      events = await EventPublisherForTests.start(svc.prefix);
      deadLetters = await svc.read(`${svc.groupId}.dlt`);
      document = await openApiDocumentOf(svc.app);
      fixture = await setUp(svc, events);
    }, 120_000);

    afterAll(async () => {
      if (httpReports.length > 0)
        console.info(`${name}: HTTP fuzz, seed ${http.seed}\n${formatReports(httpReports)}`);
      if (queryReports.length > 0)
        console.info(`${name}: query-string fuzz, seed ${http.seed}\n${formatReports(queryReports)}`);
      if (eventReports.length > 0)
        console.info(`${name}: event fuzz, seed ${http.seed}\n${formatConsumerReports(eventReports)}`);
      await events?.stop();
      if (svc) await stopFingerprinting(svc.db);
      await svc?.stop();
      for (const [variable, value] of Object.entries(savedEnv)) {
        if (value === undefined) delete process.env[variable];
        else process.env[variable] = value;
      }
    });

    it('documents every write route of its controllers in OpenAPI, and only those', () => {
      const documented = writeOperations(document).map(
        (operation) => `${operation.method} ${operation.path}`,
      );
      expect(documented.length).toBeGreaterThan(0);
      expect(documented).toEqual(writeRoutesOf(routesOf(svc.app)));
      for (const operation of Object.keys(fixture.http.known.requests ?? {}))
        expect(documented).toContain(operation);
    });

    it('survives malformed and boundary requests on every write endpoint: no 5xx, problem+json 4xx, no half-writes, still serving', async () => {
      const target: HttpFuzzTarget = {
        app: svc.app,
        db: svc.db,
        document,
        routes: routesOf(svc.app),
        ...fixture.http,
        settle: fixture.settle,
      };
      for (const operation of writeOperations(document)) {
        httpReports.push(await fuzzWriteOperation(target, operation, http));
      }
      expect(httpReports.map((report) => report.cases)).toEqual(httpReports.map(() => http.numRuns));
    }, 900_000);

    it('survives fuzzed query strings on every read endpoint (calendar dates, huge ranges, unicode, repeated keys, arrays): no 5xx, problem+json 4xx', async () => {
      const target: HttpFuzzTarget = {
        app: svc.app,
        db: svc.db,
        document,
        routes: routesOf(svc.app),
        ...fixture.http,
        settle: fixture.settle,
      };
      const reads = readOperations(document);
      expect(reads.length).toBeGreaterThan(0);
      for (const operation of reads) {
        queryReports.push(
          await fuzzReadOperation(target, operation, { numRuns: queryRuns, seed: http.seed }),
        );
      }
      expect(queryReports.map((report) => report.cases)).toEqual(queryReports.map(() => queryRuns));
    }, 900_000);

    it('caps the page size of every list endpoint: limit 1 to 100, 400 problem+json outside', async () => {
      const lists = listOperations(document);
      expect(lists.length).toBeGreaterThan(0);
      const routes = routesOf(svc.app);
      for (const list of lists) {
        expect({ list: list.path, maximum: list.maximum }).toEqual({
          list: list.path,
          maximum: MAX_PAGE_SIZE,
        });
        const route = routes.find(
          (candidate) => candidate.method === 'GET' && toDocumentPath(candidate.path) === list.path,
        )!;
        const role = route.isPublic
          ? undefined
          : route.roles.find((candidate) => fixture.http.tokens[candidate]);
        const token = role ? fixture.http.tokens[role] : undefined;
        let url = list.path.replace(
          /\{(\w+)\}/g,
          (_, name: string) => fixture.http.known.path?.[name]?.[0] ?? 'x',
        );
        // A list under a resource (a sale's matches, a fair's intents): the first known resource of
        // its kind, the one whose list answers.
        const parameter = /\{(\w+)\}/.exec(list.path)?.[1];
        for (const value of parameter ? (fixture.http.known.path?.[parameter] ?? []) : []) {
          const candidate = list.path.replace(`{${parameter}}`, value);
          if ((await svc.call({ method: 'GET', url: `${candidate}?limit=1`, token })).status === 200) {
            url = candidate;
            break;
          }
        }
        for (const limit of ['101', '0', '-1', '1e9', 'ten']) {
          const answer = await svc.call({ method: 'GET', url: `${url}?limit=${limit}`, token });
          expect({ url, limit, status: answer.status, type: answer.headers['content-type'] }).toEqual({
            url,
            limit,
            status: 400,
            type: expect.stringContaining('application/problem+json'),
          });
          expect(answer.body.errors).toEqual(
            expect.arrayContaining([expect.objectContaining({ field: 'limit' })]),
          );
        }
        const full = await svc.call({ method: 'GET', url: `${url}?limit=${MAX_PAGE_SIZE}`, token });
        expect({ url, status: full.status }).toEqual({ url, status: 200 });
        expect(full.body.items.length).toBeLessThanOrEqual(MAX_PAGE_SIZE);
      }
    });

    it('caps every array of every request body, as its OpenAPI document says (400 problem+json over the cap)', async () => {
      const context = schemaContext(document.components?.schemas ?? {});
      const routes = routesOf(svc.app);
      let arrays = 0;
      for (const operation of writeOperations(document)) {
        for (const array of arraysOf(operation.body, context)) {
          arrays += 1;
          const where = `${operation.method} ${operation.path} ${array.field}`;
          expect({ where, maxItems: array.maxItems }).toEqual({ where, maxItems: expect.any(Number) });
          const route = routes.find(
            (candidate) =>
              candidate.method === operation.method && toDocumentPath(candidate.path) === operation.path,
          )!;
          const token = fixture.http.tokens[route.roles.find((candidate) => fixture.http.tokens[candidate])!];
          const url = operation.path.replace(
            /\{(\w+)\}/g,
            (_, name: string) => fixture.http.known.path?.[name]?.[0] ?? 'x',
          );
          const [item] = fc.sample(validValue(array.items, context), { numRuns: 1, seed: 1 });
          const send = (count: number) =>
            svc.call({
              method: operation.method,
              url,
              token,
              headers: { 'idempotency-key': randomUUID() },
              body: array.body(Array.from({ length: count }, () => item)),
            });
          const capMessage = (answer: { body: any }) =>
            ((answer.body.errors ?? []) as { field: string; messages: string[] }[]).some(
              (error) =>
                error.field === array.field &&
                error.messages.some((message) => message.includes(`no more than ${array.maxItems}`)),
            );
          const over = await send(array.maxItems! + 1);
          expect({ where, status: over.status, capped: capMessage(over) }).toEqual({
            where,
            status: 400,
            capped: true,
          });
          expect(capMessage(await send(array.maxItems!))).toBe(false);
        }
      }
      expect(arrays).toBeGreaterThan(0);
    });

    it('consumes event types its contracts declare, each with a known-good event to prove it is not stuck', () => {
      const consumed = consumedEventTypesOf(svc.app);
      expect(consumed.length).toBeGreaterThan(0);
      for (const type of consumed) expect(EVENTS.find(type)).toBeDefined();
      expect(Object.keys(fixture.events).sort()).toEqual(consumed);
    });

    it('dead-letters malformed events with their reason, skips unknown types, writes nothing for them, and goes on', async () => {
      const consumed = consumedEventTypesOf(svc.app);
      const producer = await rawProducer();
      try {
        const target = {
          svc,
          producer,
          deadLetters,
          handled: new Set(consumed),
          context: eventSchemaContext(),
          settle: fixture.settle,
        };
        for (const type of consumed) {
          eventReports.push(
            await fuzzConsumer(target, EVENTS.find(type)!, fixture.events[type], {
              numRuns: eventRuns,
              seed: http.seed,
            }),
          );
        }
      } finally {
        await producer.disconnect();
      }
    }, 900_000);
  });
}
