import { ValidateBy, type ValidationOptions } from 'class-validator';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a `YYYY-MM-DD` that names a real day of the calendar (2024-02-29 yes, 2026-02-30
 * no). A pattern alone lets 2026-02-30 through to PostgreSQL, which refuses it with a 500.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/**
 * The one rule for every date field of every request, query and event: a real calendar day written
 * `YYYY-MM-DD` (400 otherwise). Whether the field may be absent is `@IsOptional`'s question.
 */
export const IsCalendarDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: (args) => `${args?.property ?? 'date'} must be a calendar day written YYYY-MM-DD`,
      },
    },
    options,
  );
