import { Module, RequestMethod, type DynamicModule, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { SERVICE_PORTS, type ServiceName } from '@hb/contracts';
import { connectEventConsumer, CrashPoints, TopicProvisioner, type MessagingDefaults } from '@hb/messaging';
import { JsonLogger, newTraceContext, runWithTraceContext, ServiceMetrics } from '@hb/observability';
import { MetricsServer } from './health/metrics-server';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import type { MigrationClass } from './database/database.options';
import { useJsonBodyParser } from './http/json-body';
import { buildOpenApiDocument } from './http/openapi';
import { fastifyLimitOptions, httpLimitsFromEnv, limitUrlLength, type HttpLimits } from './http/limits';
import { refuseUnstorableText } from './http/storable-text';
import { answerRevalidationsEarly, answerWritesOnceSeen, Revalidators } from './http/revalidation';
import { TokenVerifier } from './auth/token-verifier';
import { RATE_LIMITER } from './rate-limit/rate-limit.guard';
import type { TokenBuckets } from './rate-limit/token-bucket';
import { createValidationPipe } from './http/validation';
import { PlatformModule, type PlatformOptions } from './platform.module';
import { envInt } from './config/env';

export interface ServiceDescription {
  readonly name: ServiceName;
  readonly title: string;
  readonly description: string;
  /** The service's feature modules, gathered in one module; the platform is added around it. */
  readonly module: Type | DynamicModule;
  readonly migrations: readonly MigrationClass[];
  /**
   * The service's own defaults of consumer settings (the environment still decides), for a consumer
   * whose batch's end costs about the same whatever its size.
   */
  readonly messagingDefaults?: MessagingDefaults;
}

/** What tests (and tools) may change of a service's environment-given settings. */
export type ServiceOverrides = Partial<Pick<PlatformOptions, 'databaseUrl' | 'messaging'>>;

@Module({})
class ServiceRootModule {}

function rootModule(service: ServiceDescription, overrides: ServiceOverrides): DynamicModule {
  return {
    module: ServiceRootModule,
    imports: [
      PlatformModule.forService({
        service: service.name,
        migrations: service.migrations,
        messagingDefaults: service.messagingDefaults,
        ...overrides,
      }),
      service.module,
    ],
  };
}

function useApiPrefix(app: NestFastifyApplication): void {
  app.setGlobalPrefix('v1', {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
}

function configureHttp(app: NestFastifyApplication, service: ServiceDescription, limits: HttpLimits): void {
  useApiPrefix(app);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  useJsonBodyParser(app, limits.bodyLimitBytes);
  limitUrlLength(app, limits);
  refuseUnstorableText(app);

  const fastify = app.getHttpAdapter().getInstance();
  const metrics = app.get(ServiceMetrics);
  fastify.addHook('onRequest', (request, reply, done) => {
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const trace = newTraceContext({
      correlationId: header('x-correlation-id'),
      traceparent: header('traceparent'),
    });
    void reply.header('x-correlation-id', trace.correlationId);
    runWithTraceContext(trace, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpRequestDuration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
  answerRevalidationsEarly(
    app,
    app.get(Revalidators),
    app.get(TokenVerifier),
    app.get<symbol, TokenBuckets>(RATE_LIMITER),
  );
  answerWritesOnceSeen(app, app.get(Revalidators));

  SwaggerModule.setup('docs', app, buildOpenApiDocument(app, service), {
    jsonDocumentUrl: 'docs/openapi.json',
    useGlobalPrefix: false,
  });
}

/**
 * Builds a service: Fastify HTTP under /v1 with validation, problem+json errors, auth, health
 * and OpenAPI at /docs (metrics are served apart, see MetricsServer); its Kafka consumer; topics
 * provisioned. Migrations have run when this returns. Tests use it as it is, then `startService`.
 */
export async function createService(
  service: ServiceDescription,
  overrides: ServiceOverrides = {},
): Promise<NestFastifyApplication> {
  const limits = httpLimitsFromEnv();
  const app = await NestFactory.create<NestFastifyApplication>(
    rootModule(service, overrides),
    new FastifyAdapter({ ...fastifyLimitOptions(limits), return503OnClosing: true }),
    { logger: new JsonLogger(service.name), bufferLogs: true },
  );
  configureHttp(app, service, limits);
  connectEventConsumer(app);
  // Only the signals that mean "stop": Nest's default list includes SIGUSR2 and SIGHUP, which must not close a service.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  return app;
}

/**
 * The OpenAPI document a service serves at /docs/openapi.json, without starting it: Nest's preview
 * mode reads the modules and controllers but creates no provider, so no database or broker is needed.
 */
export async function openApiDocumentOf(service: ServiceDescription): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestFastifyApplication>(
    rootModule(service, {}),
    new FastifyAdapter(),
    {
      preview: true,
      logger: false,
    },
  );
  useApiPrefix(app);
  try {
    return buildOpenApiDocument(app, service);
  } finally {
    await app.close();
  }
}

/**
 * Provisions topics, starts the outbox relay and the consumer, then serves HTTP and, on its own
 * port (METRICS_PORT), the Prometheus metrics.
 */
export async function startService(app: NestFastifyApplication, port?: number): Promise<void> {
  await app.get(TopicProvisioner).ensureTopics();
  await app.init();
  await app.startAllMicroservices();
  await app.get(MetricsServer).listen();
  if (port !== undefined) await app.listen(port, process.env.HOST ?? '127.0.0.1');
}

/** The `main.ts` of every service. */
export async function runService(service: ServiceDescription): Promise<void> {
  const app = await createService(service);
  CrashPoints.install();
  await startService(app, envInt('PORT', SERVICE_PORTS[service.name], { max: 65_535 }));
}
