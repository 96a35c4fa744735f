import { Global, Injectable, Module } from '@nestjs/common';

/**
 * The time orders decides by: when an order was delivered, accepted or settled, and which delivered
 * orders the auto-acceptance sweep settles. One injectable instance, so tests can move it days ahead.
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
