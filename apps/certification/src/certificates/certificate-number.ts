import type { CertificationScheme } from '@hb/contracts';

/** The scheme's letters at the head of every certificate number. */
export const NUMBER_PREFIXES: Readonly<Record<CertificationScheme, string>> = {
  green_food: 'GF',
  organic: 'OG',
  geographical_indication: 'GI',
  poverty_alleviation_product: 'PA',
};

const SEQUENCE_DIGITS = 6;

/**
 * A readable certificate number: scheme, year of issue, and the place in that scheme's sequence of
 * the year, e.g. `GF-2026-000123`. The sequence widens past 999999 rather than wrapping.
 */
export function certificateNumber(scheme: CertificationScheme, year: number, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1)
    throw new RangeError(`sequence ${sequence} must be 1 or more`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`year ${year} has not 4 digits`);
  return `${NUMBER_PREFIXES[scheme]}-${year}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

const NUMBER = /^([A-Z]{2})-(\d{4})-(\d{6,})$/;

/** Scheme, year and sequence of a number this service gives out; null for anything else. */
export function parseCertificateNumber(
  number: string,
): { scheme: CertificationScheme; year: number; sequence: number } | null {
  const match = NUMBER.exec(number);
  if (!match) return null;
  const scheme = (Object.keys(NUMBER_PREFIXES) as CertificationScheme[]).find(
    (candidate) => NUMBER_PREFIXES[candidate] === match[1],
  );
  const sequence = Number(match[3]);
  if (!scheme || sequence < 1) return null;
  return { scheme, year: Number(match[2]), sequence };
}
