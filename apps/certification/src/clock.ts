import { Injectable } from '@nestjs/common';

/**
 * The time the service decides by: submission and stage deadlines, issue dates, validity, renewal
 * windows, expiry. One injectable instance, so tests can move it years ahead instead of waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** The UTC calendar day of an instant, `YYYY-MM-DD`. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);
