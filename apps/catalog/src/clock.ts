import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The time catalog decides by where a rule depends on it (an emergency sale's end). One injectable
 * instance, so tests can move it ahead instead of waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** The one clock of the service, for every capability. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
