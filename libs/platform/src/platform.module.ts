import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  MessagingModule,
  messagingOptionsFromEnv,
  type MessagingDefaults,
  type MessagingOptions,
} from '@hb/messaging';
import { ServiceMetrics } from '@hb/observability';
import { authConfigFromEnv } from './auth/auth.config';
import { AuthGuard } from './auth/auth.guard';
import { AUTH_CONFIG, TokenVerifier } from './auth/token-verifier';
import { databaseOptions, type MigrationClass } from './database/database.options';
import { openMigratedDataSource } from './database/migrations';
import { HealthController } from './health/health.controller';
import { METRICS_SETTINGS, MetricsServer, metricsSettingsFromEnv } from './health/metrics-server';
import { Revalidators } from './http/revalidation';
import { RATE_LIMITER, RateLimitGuard } from './rate-limit/rate-limit.guard';
import { rateLimitFromEnv, TokenBuckets } from './rate-limit/token-bucket';

export interface PlatformOptions {
  readonly service: string;
  /** The service's own migrations (the messaging tables are added before them). */
  readonly migrations: readonly MigrationClass[];
  /** Overrides of the environment's messaging settings (tests use their own topic prefix and group). */
  readonly messaging?: Partial<MessagingOptions>;
  /** Overrides DATABASE_URL (tests use a database of their own). */
  readonly databaseUrl?: string;
  /** The service's own defaults of consumer settings, where not the platform's (the environment still decides). */
  readonly messagingDefaults?: MessagingDefaults;
}

/** What every service has: its database, Kafka plumbing, auth, health, metrics (on a port of their own). */
@Module({})
export class PlatformModule {
  static forService(options: PlatformOptions): DynamicModule {
    const metrics = new ServiceMetrics(options.service);
    return {
      module: PlatformModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () =>
            databaseOptions(options.service, options.migrations, {
              ...process.env,
              ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
            }),
          dataSourceFactory: async (dataSourceOptions) => openMigratedDataSource(dataSourceOptions!),
        }),
        MessagingModule.forService(
          messagingOptionsFromEnv(options.service, options.messaging, process.env, options.messagingDefaults),
        ),
      ],
      controllers: [HealthController],
      providers: [
        { provide: ServiceMetrics, useValue: metrics },
        { provide: METRICS_SETTINGS, useFactory: () => metricsSettingsFromEnv() },
        MetricsServer,
        { provide: AUTH_CONFIG, useFactory: () => authConfigFromEnv() },
        TokenVerifier,
        Revalidators,
        { provide: RATE_LIMITER, useFactory: () => new TokenBuckets(rateLimitFromEnv()) },
        // Global guards run in this order: who is calling, then whether it is over its rate.
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
      exports: [ServiceMetrics, TokenVerifier, MetricsServer, Revalidators],
    };
  }
}
