import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ServiceMetrics } from '@hb/observability';

export const METRICS_SETTINGS = Symbol('METRICS_SETTINGS');
export const DEFAULT_METRICS_PORT = 9464;

export interface MetricsSettings {
  /** null: no metrics listener; 0: a free port (tests, several services on one host). */
  readonly port: number | null;
  readonly host: string;
}

/**
 * Reads METRICS_PORT (default 9464, `0` for any free port, `off` for none) and METRICS_HOST
 * (default HOST, else 127.0.0.1). Scrapes stay off the API port, so nothing that reaches the API
 * (the ingress, the console's proxy) can read them.
 */
export function metricsSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): MetricsSettings {
  const host = env.METRICS_HOST || env.HOST || '127.0.0.1';
  const raw = env.METRICS_PORT?.trim();
  if (raw === 'off') return { port: null, host };
  if (raw === undefined || raw === '') return { port: DEFAULT_METRICS_PORT, host };
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw new Error(`METRICS_PORT must be a port number, 0 (any free port) or off; got ${raw}`);
  }
  return { port, host };
}

/** Prometheus scrape endpoint (`GET /metrics`) on a port of its own, apart from the API. */
@Injectable()
export class MetricsServer implements OnApplicationShutdown {
  private server?: Server;

  constructor(
    private readonly metrics: ServiceMetrics,
    @Inject(METRICS_SETTINGS) private readonly settings: MetricsSettings,
  ) {}

  /** Where Prometheus scrapes, once listening; undefined when metrics are off. */
  get url(): string | undefined {
    const address = this.server?.address() as AddressInfo | null | undefined;
    return address ? `http://${this.settings.host}:${address.port}/metrics` : undefined;
  }

  async listen(): Promise<void> {
    if (this.settings.port === null || this.server) return;
    const server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      this.metrics.registry.metrics().then(
        (body) =>
          response
            .writeHead(200, {
              'content-type': this.metrics.registry.contentType,
              'cache-control': 'no-store',
            })
            .end(body),
        () => response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.settings.port!, this.settings.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
