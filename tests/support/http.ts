import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Role } from '@hb/contracts';
import { mintDevelopmentToken } from '@hb/platform';

export interface Call {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  token?: string;
  body?: unknown;
  /** Sent as it is (for malformed JSON); overrides `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: any;
}

/** Calls a running service in-process through Fastify's inject (real routing, guards, pipes, filters). */
export async function call(app: NestFastifyApplication, request: Call): Promise<Answer> {
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.ready();
  const headers: Record<string, string> = { ...(request.headers ?? {}) };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  let payload: string | undefined;
  if (request.rawBody !== undefined) payload = request.rawBody;
  else if (request.body !== undefined) payload = JSON.stringify(request.body);
  if (payload !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fastify.inject({ method: request.method, url: request.url, headers, payload });
  const contentType = String(response.headers['content-type'] ?? '');
  return {
    status: response.statusCode,
    headers: response.headers,
    body: contentType.includes('json') ? response.json() : response.body,
  };
}

export const tokenFor = (
  role: Role,
  org: string,
  sub = `${role}-user`,
  expiresIn?: string,
): Promise<string> => mintDevelopmentToken({ sub, role, org, expiresIn });
