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
export async function cannon(options: autocannon.Options, serverPid?: number): Promise<CannonResult> {
  const cpuBefore = serverPid ? cpuSecondsOf(serverPid) : 0;
  const result = await autocannon({ ...options });
  const answered = result['2xx'] + result.non2xx;
  return {
    requestsPerSecond: round(result['2xx'] / result.duration, 1),
    ok: result['2xx'],
    non2xx: result.non2xx,
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
