import { ValidateBy } from 'class-validator';
import { isReadingTime } from '@hb/contracts';

/** How far ahead of our clock a device's or an operator's clock may run before a time counts as in the future. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export const isInTheFuture = (epochMs: number, now: number): boolean => epochMs > now + MAX_CLOCK_SKEW_MS;

/** A full ISO-8601 timestamp with a time of day and a UTC offset, on a real calendar day. */
export const IsTimestamp = () =>
  ValidateBy({
    name: 'isTimestamp',
    validator: {
      validate: (value: unknown) => isReadingTime(value),
      defaultMessage: () => '$property must be an ISO-8601 timestamp with a time and a UTC offset',
    },
  });
