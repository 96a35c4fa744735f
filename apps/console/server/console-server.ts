import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { apiProxy } from './api-proxy';
import { AccessTokens, authRoutes } from './auth-routes';
import type { ConsoleConfig } from './config';
import { demoSignIn } from './demo-sign-in';
import { OidcClient } from './oidc-client';
import { sendProblem } from './problem';
import { SessionCipher } from './session-cipher';
import { PostgresSessionStore } from './session.repository';
import { MemorySessionStore, type SessionStore } from './sessions';

/**
 * The web console's server: the built browser app, sign-in (OpenID Connect with the identity provider;
 * development tokens with HB_DEV_AUTH=1) into a server-side session, and the services' /v1 APIs behind
 * /api/<service>/v1/* with the session's token (one origin, no CORS, no token in the browser).
 */
export async function createConsoleServer(
  config: Omit<ConsoleConfig, 'port' | 'host'>,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, trustProxy: true });
  const store = config.sessionStore ?? { kind: 'memory' };
  const sessions: SessionStore =
    store.kind === 'postgres'
      ? await PostgresSessionStore.open({
          databaseUrl: store.databaseUrl,
          cipher: new SessionCipher(store.keys),
          warn: (message, error) => app.log.warn({ err: error }, message),
        })
      : new MemorySessionStore();
  app.addHook('onClose', async () => sessions.close());
  const oidc = config.oidc && new OidcClient(config.oidc, `${config.publicUrl}/auth/callback`);
  const publicUrl = config.publicUrl;

  app.get('/health/live', async () => ({ status: 'ok' }));
  app.get('/health/ready', async (_request, reply) =>
    (await sessions.ready())
      ? { status: 'ok' }
      : reply.code(503).send({ status: 'unavailable', detail: 'the session store cannot be reached' }),
  );
  await app.register(authRoutes, { sessions, oidc, publicUrl, developmentSignIn: config.developmentSignIn });
  if (config.developmentSignIn) {
    await app.register(demoSignIn, { services: config.services, sessions, publicUrl });
  } else {
    for (const path of ['/auth/identities', '/auth/sign-in']) {
      app.all(path, (_request, reply) =>
        sendProblem(reply, {
          type: '/problems/not-found',
          title: 'Not found',
          status: 404,
          detail: "signing in as the demo's people needs the development switch HB_DEV_AUTH=1",
        }),
      );
    }
  }
  await app.register(apiProxy, {
    services: config.services,
    sessions,
    tokens: new AccessTokens(sessions, oidc),
    publicUrl,
  });
  await app.register(fastifyStatic, {
    root: config.staticRoot,
    // index.html names the hashed assets of the current build: it must never be cached.
    setHeaders: (reply, path) =>
      void reply.header(
        'cache-control',
        path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
      ),
  });
  return app;
}
