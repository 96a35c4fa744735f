import { ValidateBy, type ValidationOptions } from 'class-validator';

/** The lengths GS1 issues GTINs in: GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13), GTIN-14. */
const GTIN = /^(?:\d{8}|\d{12}|\d{13}|\d{14})$/;
const GTIN_14 = /^\d{14}$/;

/**
 * GS1's check digit of the digits before it (GS1 General Specifications §7.9.1): from the right,
 * the digits are weighted 3, 1, 3, 1, …; the check digit brings the sum up to a multiple of ten.
 */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const fromRight = body.length - 1 - i;
    sum += Number(body[i]) * (fromRight % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** What is wrong with a GTIN as a client wrote it, or null for a GTIN-8, -12, -13 or -14 with its right check digit. */
export function gtinProblem(value: unknown): string | null {
  if (typeof value !== 'string' || !GTIN.test(value)) {
    return 'must be a GS1 GTIN: 8, 12, 13 or 14 digits';
  }
  const expected = gtinCheckDigit(value.slice(0, -1));
  const written = Number(value.slice(-1));
  return written === expected
    ? null
    : `is not a valid GTIN: its check digit is ${written}, the GS1 check digit of ${value.slice(0, -1)} is ${expected}`;
}

export const isGtin = (value: unknown): value is string => gtinProblem(value) === null;

/** A GTIN in the 14-digit form (leading zeros) that GS1 Digital Link and EPCIS use; the GTIN must be valid. */
export const gtin14 = (gtin: string): string => gtin.padStart(14, '0');

/** A GTIN as a request may write it (8, 12, 13 or 14 digits, its check digit right); 400 otherwise. */
export const IsGtin = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isGtin',
      validator: {
        validate: (value: unknown) => isGtin(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'gtin'} ${gtinProblem(args?.value) ?? 'must be a GS1 GTIN'}`,
      },
    },
    options,
  );

/** A GTIN as events carry it: normalised to 14 digits, its check digit right. */
export const IsGtin14 = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isGtin14',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && GTIN_14.test(value) && isGtin(value),
        defaultMessage: (args) => `${args?.property ?? 'gtin'} must be a GS1 GTIN written with 14 digits`,
      },
    },
    options,
  );
