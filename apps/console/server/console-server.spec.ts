import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { upstreamUrl, varyForBrowser } from './api-proxy';
import { consoleConfigFromEnv } from './config';
import { createConsoleServer } from './console-server';

/** One server, sessions in memory: what these cases look at does not depend on the store. */
const DEV_STORE = { CONSOLE_SESSION_STORE: 'memory' };

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

  it("passes nothing but the services' /v1 APIs: no metrics, docs or health", () => {
    expect(upstreamUrl(services, '/api/billing/v1/invoices')).toBeNull();
    expect(upstreamUrl(services, '/api/orders')).toBeNull();
    expect(upstreamUrl(services, '/api/orders/metrics')).toBeNull();
    expect(upstreamUrl(services, '/api/catalog/docs')).toBeNull();
    expect(upstreamUrl(services, '/api/catalog/health/ready')).toBeNull();
    expect(upstreamUrl(services, '/api/orders/v1/../metrics')).toBeNull();
    expect(upstreamUrl(services, '/api/orders/v1/%2e%2e/metrics')).toBeNull();
  });

  it('finds the services on their default ports unless told otherwise', () => {
    const config = consoleConfigFromEnv({ ...DEV_STORE, ORDERS_URL: 'http://10.0.0.7:8080' });
    expect(config.services).toEqual({
      catalog: 'http://127.0.0.1:3001',
      orders: 'http://10.0.0.7:8080',
      logistics: 'http://127.0.0.1:3003',
      certification: 'http://127.0.0.1:3004',
      monitoring: 'http://127.0.0.1:3005',
    });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://127.0.0.1:3000',
      developmentSignIn: false,
      oidc: undefined,
    });
  });

  it('signs in through the identity provider named by OIDC_ISSUER, with the claims named by JWT_*_CLAIM', () => {
    const config = consoleConfigFromEnv({
      ...DEV_STORE,
      OIDC_ISSUER: 'https://id.example',
      OIDC_CLIENT_SECRET: 's3cret',
      JWT_ORG_CLAIM: 'organisation',
      CONSOLE_PUBLIC_URL: 'https://console.example/',
    });
    expect(config.publicUrl).toBe('https://console.example');
    expect(config.oidc).toEqual({
      issuer: 'https://id.example',
      clientId: 'harvest-bridge-console',
      clientSecret: 's3cret',
      scope: 'openid profile offline_access api',
      roleClaim: 'role',
      organisationClaim: 'organisation',
    });
  });

  it('offers the development sign-in only with HB_DEV_AUTH=1, whatever NODE_ENV says', async () => {
    expect(consoleConfigFromEnv({ ...DEV_STORE, NODE_ENV: 'development' }).developmentSignIn).toBe(false);
    const config = consoleConfigFromEnv({ ...DEV_STORE, NODE_ENV: 'production', PORT: '8080' });
    expect(config).toMatchObject({ port: 8080, developmentSignIn: false });
    const app = await createConsoleServer({ ...config, staticRoot: __dirname });
    try {
      const answer = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { role: 'buyer' } });
      expect(answer.statusCode).toBe(404);
      expect(answer.json()).toMatchObject({
        detail: "signing in as the demo's people needs the development switch HB_DEV_AUTH=1",
      });
      expect((await app.inject({ method: 'GET', url: '/auth/identities' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('refuses to sign in as what is not a role, with a problem', async () => {
    const app = await createConsoleServer({
      ...consoleConfigFromEnv({ HB_DEV_AUTH: '1' }),
      staticRoot: __dirname,
    });
    try {
      const answer = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { role: 'root' } });
      expect(answer.statusCode).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.json()).toMatchObject({
        status: 400,
        detail: expect.stringMatching(/^role must be one of platform, buyer, /),
      });
    } finally {
      await app.close();
    }
  });

  it("refuses a sign-in or a change sent from another site's page", async () => {
    const app = await createConsoleServer({
      ...consoleConfigFromEnv({ HB_DEV_AUTH: '1' }),
      staticRoot: __dirname,
    });
    try {
      const signIn = await app.inject({
        method: 'POST',
        url: '/auth/sign-in',
        headers: { origin: 'https://evil.example' },
        payload: { role: 'buyer' },
      });
      expect(signIn.statusCode).toBe(403);
      const order = await app.inject({
        method: 'POST',
        url: '/api/orders/v1/orders',
        headers: { origin: 'https://evil.example' },
        payload: {},
      });
      expect(order.statusCode).toBe(403);
      expect(order.json()).toMatchObject({ detail: 'calls from https://evil.example are not accepted' });
    } finally {
      await app.close();
    }
  });

  it('answers who is signed in only to a session, and reports its health', async () => {
    const app = await createConsoleServer({ ...consoleConfigFromEnv(DEV_STORE), staticRoot: __dirname });
    try {
      expect((await app.inject({ method: 'GET', url: '/auth/session' })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/health/ready' })).json()).toEqual({ status: 'ok' });
      expect((await app.inject({ method: 'GET', url: '/auth/options' })).json()).toEqual({
        oidc: false,
        development: false,
      });
    } finally {
      await app.close();
    }
  });

  it("passes a conditional read through: the browser's If-None-Match to the service, its ETag, Cache-Control and 304 back", async () => {
    const etag = '"tag-of-brand-1"';
    const seen: IncomingHttpHeaders[] = [];
    const service = createServer((request, response) => {
      seen.push(request.headers);
      response.setHeader('etag', etag);
      response.setHeader('cache-control', 'private, no-cache');
      response.setHeader('vary', 'Authorization');
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304).end();
      } else {
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"brand-1"}');
      }
    });
    await new Promise<void>((listening) => service.listen(0, '127.0.0.1', listening));
    const serviceUrl = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
    const config = consoleConfigFromEnv(DEV_STORE);
    const app = await createConsoleServer({
      ...config,
      services: { ...config.services, catalog: serviceUrl },
      staticRoot: __dirname,
    });
    try {
      const url = '/api/catalog/v1/brands/brand-1';
      const first = await app.inject({ method: 'GET', url });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toEqual({ id: 'brand-1' });
      expect(first.headers).toMatchObject({ etag, 'cache-control': 'private, no-cache', vary: 'Cookie' });

      const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
      expect(seen[1]['if-none-match']).toBe(etag);
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers).toMatchObject({ etag, 'cache-control': 'private, no-cache' });

      const changed = await app.inject({
        method: 'GET',
        url,
        headers: { 'if-none-match': '"an-older-tag"' },
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toEqual({ id: 'brand-1' });
    } finally {
      await app.close();
      await new Promise((closed) => service.close(closed));
    }
  });

  it('says that an answer varying by the token varies, for the browser, by the session cookie', () => {
    expect(varyForBrowser('Authorization')).toBe('Cookie');
    expect(varyForBrowser('Accept-Language, authorization')).toBe('Accept-Language, Cookie');
    expect(varyForBrowser(null)).toBeNull();
  });
});
