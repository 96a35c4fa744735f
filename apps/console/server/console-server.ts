import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { apiProxy } from './api-proxy';
import type { ConsoleConfig } from './config';
import { demoSignIn } from './demo-sign-in';
import { sendProblem } from './problem';

/**
 * The web console's server: the built browser app, the four services behind /api/<service>/* (one
 * origin, no CORS), and outside production a sign-in as the demo's people.
 */
export async function createConsoleServer(
  config: Omit<ConsoleConfig, 'port' | 'host'>,
  options: { logger?: boolean } = {},
): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  await app.register(apiProxy, { services: config.services });
  if (config.developmentSignIn) {
    await app.register(demoSignIn, { services: config.services });
  } else {
    app.all('/auth/*', (_request, reply) =>
      sendProblem(reply, {
        type: '/problems/not-found',
        title: 'Not found',
        status: 404,
        detail: "signing in as the demo's people is switched off in production",
      }),
    );
  }
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
