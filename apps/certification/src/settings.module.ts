import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '@hb/platform';
import { CERTIFICATION_CONFIG, certificationConfigFromEnv } from './certification.config';

/** The configuration and the clock every capability of the service decides by. */
@Global()
@Module({
  providers: [
    { provide: CERTIFICATION_CONFIG, useFactory: () => certificationConfigFromEnv() },
    { provide: Clock, useClass: SystemClock },
  ],
  exports: [CERTIFICATION_CONFIG, Clock],
})
export class SettingsModule {}
