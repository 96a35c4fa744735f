import type { Role } from '@hb/contracts';
import { mintDevelopmentToken } from '@hb/platform';

export interface Answer<T = any> {
  status: number;
  body: T;
}

/** A caller of one service with one identity, as a real client would be. */
export class Api {
  private constructor(
    private readonly base: string,
    readonly token: string,
    readonly org: string,
  ) {}

  static async as(base: string, role: Role, org: string, name = `${role}-demo`): Promise<Api> {
    return new Api(base, await mintDevelopmentToken({ sub: name, role, org }), org);
  }

  async call<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const response = await fetch(`${this.base}/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** The call must answer one of `expected`, or the load stops with the problem the service gave. */
  async must<T = any>(
    expected: number[],
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T> {
    const answer = await this.call<T>(method, path, body, headers);
    if (!expected.includes(answer.status)) {
      throw new Error(
        `${method} ${this.base}/v1${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
      );
    }
    return answer.body;
  }
}

export async function waitUntil<T>(
  probe: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 90_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
