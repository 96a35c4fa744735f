import { Injectable } from '@nestjs/common';

/**
 * The time rules are evaluated at: the 14- and 56-day windows, near expiry, 90 days without sales.
 * One injectable instance, so tests can set it instead of waiting weeks.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

export const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant, `YYYY-MM-DD`. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

/** The instant `days` days before `at`. */
export const daysBefore = (at: Date, days: number): Date => new Date(at.getTime() - days * DAY_MS);
