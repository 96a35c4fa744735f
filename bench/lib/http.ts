/** HTTP load (autocannon), one-off calls, and the bare node:http server the HTTP edge is set against. */
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import type { Role } from '@hb/contracts';
import { mintDevelopmentToken } from '@hb/platform';
import { round } from './stats';
import { cpuSecondsOf, freePort, startChild, waitUntilAnswering, type Child } from './processes';

export interface CannonResult {
  /** 2xx answers per second over the whole run. */
  requestsPerSecond: number;
  ok: number;
  non2xx: number;
  errors: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  seconds: number;
  /** CPU time (user + system) the server process spent per answered request, µs (when its pid is given). */
  serverCpuUsPerRequest?: number;
}

/**
 * One autocannon run in this process; throughput counts 2xx answers only. With `serverPid`, the
 * server's CPU time per request too: a figure the machine's other load disturbs much less than a rate.
 */
export async function cannon(
  options: autocannon.Options,
  serverPid?: number,
  { notModified = false } = {},
): Promise<CannonResult> {
  const cpuBefore = serverPid ? cpuSecondsOf(serverPid) : 0;
  const result = await autocannon({ ...options });
  const answered = result['2xx'] + result.non2xx;
  // With `notModified`, the answers expected are 304s (conditional requests), counted instead of 2xx.
  const ok = notModified ? result['3xx'] : result['2xx'];
  return {
    requestsPerSecond: round(ok / result.duration, 1),
    ok,
    non2xx: answered - ok,
    errors: result.errors,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    seconds: round(result.duration, 2),
    ...(serverPid
      ? {
          serverCpuUsPerRequest: round(
            (1e6 * (cpuSecondsOf(serverPid) - cpuBefore)) / Math.max(answered, 1),
            1,
          ),
        }
      : {}),
  };
}

export interface Answer<T = unknown> {
  status: number;
  body: T;
  text: string;
  contentType: string;
  ms: number;
}

/** One request with a bearer token and a JSON body; the body parsed when it is JSON. */
export async function call<T = unknown>(
  method: string,
  url: string,
  { token, body, headers = {} }: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const started = performance.now();
  const response = await fetch(url, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  const contentType = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    text,
    contentType,
    body: (contentType.includes('json') ? JSON.parse(text) : text) as T,
    ms,
  };
}

/** A development token (HS256, the services' development secret) for a role and organisation. */
export const tokenFor = (role: Role, org: string): Promise<string> =>
  mintDevelopmentToken({ sub: `bench-${role}`, role, org, expiresIn: '6h' });

const BARE_SERVER = `
const http = require('node:http');
const body = Buffer.from(process.env.BARE_BODY, 'utf8');
const headers = { 'content-type': process.env.BARE_CONTENT_TYPE, 'content-length': body.length };
http
  .createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, headers);
      response.end(body);
    });
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
`;

/** A node:http server in a child process that answers every request with the same bytes. */
export async function startBareServer(
  name: string,
  body: string,
  contentType = 'application/json; charset=utf-8',
): Promise<{ url: string; child: Child }> {
  const port = await freePort();
  const child = startChild(name, process.execPath, ['-e', BARE_SERVER], {
    ...process.env,
    PORT: String(port),
    BARE_BODY: body,
    BARE_CONTENT_TYPE: contentType,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, child);
  return { url, child };
}

const NOT_MODIFIED_SERVER = `
const http = require('node:http');
const headers = { etag: process.env.BARE_ETAG, 'cache-control': 'private, no-cache', vary: 'Authorization' };
http
  .createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(304, headers);
      response.end();
    });
  })
  .listen(Number(process.env.PORT), '127.0.0.1');
`;

/** A node:http server in a child process that answers every request 304 with the given ETag, no body. */
export async function startBareNotModified(
  name: string,
  etag: string,
): Promise<{ url: string; child: Child }> {
  const port = await freePort();
  const child = startChild(name, process.execPath, ['-e', NOT_MODIFIED_SERVER], {
    ...process.env,
    PORT: String(port),
    BARE_ETAG: etag,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, child, undefined, (status) => status === 304);
  return { url, child };
}

/**
 * The fair reference of the catalog read (bench/lib/pg-reference.ts): node:http and a pg Pool running
 * the catalog's statement, token check and view, in a child process; its URL ends in `/v1/products/`.
 */
export async function startPgReference(
  name: string,
  databaseUrl: string,
): Promise<{ url: string; child: Child }> {
  const port = await freePort();
  const child = startChild(
    name,
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      resolve(__dirname, 'pg-reference.ts'),
    ],
    { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, HB_DEV_AUTH: '1' },
  );
  const url = `http://127.0.0.1:${port}/v1/products/`;
  await waitUntilAnswering(url, child, undefined, (status) => status === 401);
  return { url, child };
}

/** NestJS on Fastify with one route, `GET /same`, answering `body` (bench/lib/nest-minimal.ts), in a child process. */
export async function startNestMinimal(name: string, body: string): Promise<{ url: string; child: Child }> {
  const port = await freePort();
  const child = startChild(
    name,
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', resolve(__dirname, 'nest-minimal.ts')],
    { ...process.env, PORT: String(port), BARE_BODY: body },
  );
  const url = `http://127.0.0.1:${port}/same`;
  await waitUntilAnswering(url, child);
  return { url, child };
}

/** A node process doing nothing (a timer keeps it alive): the floor of a Node process's memory. */
export function startIdleNode(name: string): Child {
  return startChild(name, process.execPath, ['-e', 'setInterval(() => undefined, 1 << 30)'], process.env);
}
