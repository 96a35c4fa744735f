import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { PROBLEM_CONTENT_TYPE, statusProblem, toProblem } from './problem';
import { envInt } from '../config/env';

/**
 * What one HTTP request may take of a service, set once here for every service (see README,
 * "Input limits"). Over a limit, a request is refused with a problem+json 4xx before any handler
 * runs: 413 body, 414 URL or path parameter, 431 headers, 408 too slow to arrive, 400 nesting.
 */
export interface HttpLimits {
  /** Largest request body, in bytes (HTTP_BODY_LIMIT_BYTES, 1 MiB). */
  readonly bodyLimitBytes: number;
  /** Longest request target, path and query, in characters (HTTP_MAX_URL_LENGTH, 4096). */
  readonly maxUrlLength: number;
  /** Longest path parameter, in characters (HTTP_MAX_PARAM_LENGTH, 100). */
  readonly maxParamLength: number;
  /** Largest request line and headers together, in bytes (HTTP_MAX_HEADER_BYTES, 16 KiB). */
  readonly maxHeaderBytes: number;
  /** The whole request (headers and body) must have arrived within this (HTTP_REQUEST_TIMEOUT_MS, 30 s). */
  readonly requestTimeoutMs: number;
  /** A connection idle this long is closed (HTTP_CONNECTION_TIMEOUT_MS, 60 s). */
  readonly connectionTimeoutMs: number;
  /** An idle keep-alive connection is closed after this (HTTP_KEEP_ALIVE_TIMEOUT_MS, 72 s). */
  readonly keepAliveTimeoutMs: number;
}

export function httpLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): HttpLimits {
  return {
    bodyLimitBytes: envInt('HTTP_BODY_LIMIT_BYTES', 1024 * 1024, { env }),
    maxUrlLength: envInt('HTTP_MAX_URL_LENGTH', 4096, { env }),
    maxParamLength: envInt('HTTP_MAX_PARAM_LENGTH', 100, { env }),
    maxHeaderBytes: envInt('HTTP_MAX_HEADER_BYTES', 16 * 1024, { env }),
    requestTimeoutMs: envInt('HTTP_REQUEST_TIMEOUT_MS', 30_000, { env }),
    connectionTimeoutMs: envInt('HTTP_CONNECTION_TIMEOUT_MS', 60_000, { env }),
    keepAliveTimeoutMs: envInt('HTTP_KEEP_ALIVE_TIMEOUT_MS', 72_000, { env }),
  };
}

/** What frameworkErrors needs of a reply (its generic type does not take a computed status). */
interface Replying {
  status(code: number): Replying;
  header(name: string, value: string): Replying;
  send(payload: unknown): unknown;
}

type AdapterOptions = NonNullable<ConstructorParameters<typeof FastifyAdapter>[0]>;

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (headers too large, too slow to
 * arrive, not HTTP), answered as problem+json on the socket, as Fastify's default handler does in
 * plain JSON.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' || error.code === 'ERR_HTTP_HEADERS_TIMEOUT'
      ? 408
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? 431
        : 400;
  const detail = {
    408: 'The request did not arrive in time.',
    431: 'The request line and headers are too large.',
    400: 'The request is not valid HTTP.',
  }[status];
  const body = JSON.stringify(statusProblem(status, detail));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** The Fastify options that carry the limits (and answer framework errors as problem+json). */
export function fastifyLimitOptions(limits: HttpLimits): AdapterOptions {
  return {
    bodyLimit: limits.bodyLimitBytes,
    maxParamLength: limits.maxParamLength,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      maxHeaderSize: limits.maxHeaderBytes,
      headersTimeout: Math.min(60_000, limits.requestTimeoutMs),
      // Node checks the request timeout every this often (30 s by default, longer than the timeout).
      connectionsCheckingInterval: Math.max(100, Math.min(5_000, Math.floor(limits.requestTimeoutMs / 4))),
    },
    // A malformed URL or an over-long path parameter is refused by the router, before Nest.
    frameworkErrors: (error, request, reply) => {
      const problem = { ...toProblem(error), instance: request.url };
      void (reply as unknown as Replying)
        .status(problem.status)
        .header('content-type', PROBLEM_CONTENT_TYPE)
        .send(problem);
    },
    clientErrorHandler: answerClientError,
  };
}

/** Refuses a request target longer than the limit with 414, before routing matters. */
export function limitUrlLength(app: NestFastifyApplication, limits: HttpLimits): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      const url = request.raw.url ?? '';
      if (url.length <= limits.maxUrlLength) {
        done();
        return;
      }
      const problem = statusProblem(414, `The request URL is longer than ${limits.maxUrlLength} characters.`);
      void reply.status(414).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
    });
}
