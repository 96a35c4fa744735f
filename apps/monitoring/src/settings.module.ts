import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';
import { MONITORING_CONFIG, monitoringConfigFromEnv } from './monitoring.config';

/** The configuration and the clock every rule of the service decides by. */
@Global()
@Module({
  providers: [{ provide: MONITORING_CONFIG, useFactory: () => monitoringConfigFromEnv() }, Clock],
  exports: [MONITORING_CONFIG, Clock],
})
export class SettingsModule {}
