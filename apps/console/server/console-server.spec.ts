import { upstreamUrl } from './api-proxy';
import { consoleConfigFromEnv } from './config';
import { createConsoleServer } from './console-server';

const services = {
  catalog: 'http://catalog.internal:3001',
  orders: 'http://orders.internal:3002/',
  logistics: 'http://logistics.internal:3003',
  certification: 'http://certification.internal:3004',
  monitoring: 'http://monitoring.internal:3005',
};

describe('the console server', () => {
  it('passes /api/<service>/… to that service, path and query as they are', () => {
    expect(upstreamUrl(services, '/api/orders/v1/orders?status=DELIVERED&limit=8')).toEqual({
      service: 'orders',
      url: 'http://orders.internal:3002/v1/orders?status=DELIVERED&limit=8',
    });
    expect(upstreamUrl(services, '/api/certification/v1/certificates/OG-2026-000001')?.url).toBe(
      'http://certification.internal:3004/v1/certificates/OG-2026-000001',
    );
  });

  it('passes nothing to what is not one of the services', () => {
    expect(upstreamUrl(services, '/api/billing/v1/invoices')).toBeNull();
    expect(upstreamUrl(services, '/api/orders')).toBeNull();
  });

  it('finds the services on their default ports unless told otherwise', () => {
    const config = consoleConfigFromEnv({ ORDERS_URL: 'http://10.0.0.7:8080', HB_DEV_AUTH: '1' });
    expect(config.services).toEqual({
      catalog: 'http://127.0.0.1:3001',
      orders: 'http://10.0.0.7:8080',
      logistics: 'http://127.0.0.1:3003',
      certification: 'http://127.0.0.1:3004',
      monitoring: 'http://127.0.0.1:3005',
    });
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', developmentSignIn: true });
  });

  it('offers the development sign-in only with HB_DEV_AUTH=1, whatever NODE_ENV says', async () => {
    expect(consoleConfigFromEnv({ NODE_ENV: 'development' }).developmentSignIn).toBe(false);
    const config = consoleConfigFromEnv({ NODE_ENV: 'production', PORT: '8080' });
    expect(config).toMatchObject({ port: 8080, developmentSignIn: false });
    const app = await createConsoleServer({ ...config, staticRoot: __dirname });
    try {
      const answer = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { role: 'buyer' } });
      expect(answer.statusCode).toBe(404);
      expect(answer.json()).toMatchObject({
        detail: "signing in as the demo's people is switched off in production",
      });
      expect((await app.inject({ method: 'GET', url: '/auth/identities' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('refuses to sign in as a role the console has no page for, with a problem', async () => {
    const app = await createConsoleServer({
      ...consoleConfigFromEnv({ HB_DEV_AUTH: '1' }),
      staticRoot: __dirname,
    });
    try {
      const answer = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { role: 'admin' } });
      expect(answer.statusCode).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.json()).toMatchObject({
        status: 400,
        detail: 'role must be one of buyer, operator, certifier',
      });
    } finally {
      await app.close();
    }
  });
});
