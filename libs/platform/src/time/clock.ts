import { Global, Injectable, Module } from '@nestjs/common';

export const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant, `YYYY-MM-DD`. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

/** The instant `days` days before `at`. */
export const daysBefore = (at: Date, days: number): Date => new Date(at.getTime() - days * DAY_MS);

/**
 * The time a service decides by (deadlines, validity, sweeps, "today"). Rules and sweeps take it
 * injected, never `new Date()`, so a test can set it to a day years ahead instead of waiting. The
 * abstract class is the Nest token: inject `Clock`, provide `SystemClock` (or a `TestClock`).
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today's UTC calendar day, `YYYY-MM-DD`. */
  today(): string {
    return utcDay(this.now());
  }
}

/** The machine's clock. */
@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until moved: for tests (`{ provide: Clock, useValue: new TestClock(…) }`). */
export class TestClock extends Clock {
  private at: Date;

  constructor(at: Date | string = new Date()) {
    super();
    this.at = new Date(at);
  }

  now(): Date {
    return new Date(this.at);
  }

  set(at: Date | string): void {
    this.at = new Date(at);
  }

  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

/** The one clock of a service, for every capability (import once in the service module). */
@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class ClockModule {}
