import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '@hb/platform';
import { MONITORING_CONFIG, monitoringConfigFromEnv } from './monitoring.config';

/** The configuration and the clock every rule of the service decides by. */
@Global()
@Module({
  providers: [
    { provide: MONITORING_CONFIG, useFactory: () => monitoringConfigFromEnv() },
    { provide: Clock, useClass: SystemClock },
  ],
  exports: [MONITORING_CONFIG, Clock],
})
export class SettingsModule {}
