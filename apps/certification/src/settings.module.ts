import { Global, Module } from '@nestjs/common';
import { CERTIFICATION_CONFIG, certificationConfigFromEnv } from './certification.config';
import { Clock } from './clock';

/** The configuration and the clock every capability of the service decides by. */
@Global()
@Module({
  providers: [{ provide: CERTIFICATION_CONFIG, useFactory: () => certificationConfigFromEnv() }, Clock],
  exports: [CERTIFICATION_CONFIG, Clock],
})
export class SettingsModule {}
