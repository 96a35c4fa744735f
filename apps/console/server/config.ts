import { resolve } from 'node:path';
import { SERVICE_PORTS, SERVICES, type ServiceName } from '@hb/contracts/services';

export type ServiceUrls = Readonly<Record<ServiceName, string>>;

export interface ConsoleConfig {
  readonly port: number;
  readonly host: string;
  /** Where each service answers; the console server proxies /api/<service>/* there. */
  readonly services: ServiceUrls;
  /** The built browser app (index.html and assets). */
  readonly staticRoot: string;
  /** Sign-in as the demo's people with development tokens: only with HB_DEV_AUTH=1. */
  readonly developmentSignIn: boolean;
}

/**
 * Reads PORT (3000), HOST (127.0.0.1), CATALOG_URL, ORDERS_URL, LOGISTICS_URL, CERTIFICATION_URL, MONITORING_URL
 * (the services on their default ports), CONSOLE_STATIC_ROOT (the build next to the server) and HB_DEV_AUTH.
 */
export function consoleConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ConsoleConfig {
  const services = Object.fromEntries(
    SERVICES.map((service) => [
      service,
      env[`${service.toUpperCase()}_URL`] ?? `http://127.0.0.1:${SERVICE_PORTS[service]}`,
    ]),
  ) as Record<ServiceName, string>;
  return {
    port: Number.parseInt(env.PORT ?? '3000', 10),
    host: env.HOST ?? '127.0.0.1',
    services,
    staticRoot: env.CONSOLE_STATIC_ROOT ?? resolve(__dirname, '../public'),
    developmentSignIn: env.HB_DEV_AUTH === '1',
  };
}
