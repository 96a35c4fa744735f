import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { isCalendarDate, POVERTY_STATUSES, type PovertyStatus } from '@hb/contracts';
import { utcDay } from '@hb/platform';
import { povertyStatusProblem } from './county-change';

/**
 * A `YYYY-MM-DD` calendar day that is not after today (UTC). Absent values pass: whether the date is
 * required is `@AgreesWithPovertyStatus`'s question.
 */
export function IsDayNotInFuture(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDayNotInFuture',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) =>
          value == null ||
          (typeof value === 'string' && isCalendarDate(value) && value <= utcDay(new Date())),
        defaultMessage: ({ property, value }: ValidationArguments) =>
          typeof value === 'string' && isCalendarDate(value)
            ? `${property} cannot be in the future (today is ${utcDay(new Date())} UTC)`
            : `${property} must be a calendar day written YYYY-MM-DD`,
      },
    });
}

/**
 * The lifted-on date agrees with the `povertyStatus` of the same body: present exactly when the status
 * is `lifted`. Runs whether or not the date was sent, so a missing date is reported on the date.
 */
export function AgreesWithPovertyStatus(options?: ValidationOptions): PropertyDecorator {
  const problemOf = ({ object, value }: ValidationArguments): string | null => {
    const povertyStatus = (object as { povertyStatus?: unknown }).povertyStatus;
    // An unknown status is reported on its own field; there is nothing to agree with.
    if (!POVERTY_STATUSES.includes(povertyStatus as PovertyStatus)) return null;
    return povertyStatusProblem(povertyStatus as PovertyStatus, value as string | null | undefined);
  };
  return (target, propertyName) =>
    registerDecorator({
      name: 'agreesWithPovertyStatus',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (_value: unknown, args: ValidationArguments) => problemOf(args) === null,
        defaultMessage: (args: ValidationArguments) => problemOf(args) ?? '',
      },
    });
}
