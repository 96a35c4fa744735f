import { randomInt } from 'node:crypto';
import type { CertificationScheme } from '@hb/contracts';

/** The scheme's letters at the head of every certificate number. */
export const NUMBER_PREFIXES: Readonly<Record<CertificationScheme, string>> = {
  green_food: 'GF',
  organic: 'OG',
  geographical_indication: 'GI',
  poverty_alleviation_product: 'PA',
};

const SEQUENCE_DIGITS = 6;

/** Crockford's base 32: no I, L, O or U, so a number read aloud or copied by hand stays right. */
const CHECK_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_LENGTH = 5;

/**
 * The random suffix of a new number: 32^5 (about 33 million) possibilities per place in the
 * sequence, so knowing one certificate's number does not give its neighbours' (the public
 * verification cannot be walked).
 */
export function randomCheckSuffix(): string {
  return Array.from({ length: CHECK_LENGTH }, () => CHECK_ALPHABET[randomInt(CHECK_ALPHABET.length)]).join(
    '',
  );
}

/**
 * A readable certificate number: scheme, year of issue, the place in that scheme's sequence of the
 * year, and a check suffix, e.g. `GF-2026-000123-7KQ2M`. The sequence widens past 999999 rather
 * than wrapping. Numbers given out before the suffix (`GF-2026-000123`) stay valid.
 */
export function certificateNumber(
  scheme: CertificationScheme,
  year: number,
  sequence: number,
  checkSuffix: string,
): string {
  if (!Number.isInteger(sequence) || sequence < 1)
    throw new RangeError(`sequence ${sequence} must be 1 or more`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`year ${year} has not 4 digits`);
  if (!CHECK_SUFFIX.test(checkSuffix)) throw new RangeError(`check suffix ${checkSuffix} is malformed`);
  return `${NUMBER_PREFIXES[scheme]}-${year}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}-${checkSuffix}`;
}

const CHECK_SUFFIX = new RegExp(`^[${CHECK_ALPHABET}]{${CHECK_LENGTH}}$`);
const NUMBER = new RegExp(`^([A-Z]{2})-(\\d{4})-(\\d{6,})(?:-([${CHECK_ALPHABET}]{${CHECK_LENGTH}}))?$`);

/** Scheme, year and sequence of a number this service gives out (or gave out before suffixes); null for anything else. */
export function parseCertificateNumber(
  number: string,
): { scheme: CertificationScheme; year: number; sequence: number; checkSuffix: string | null } | null {
  const match = NUMBER.exec(number);
  if (!match) return null;
  const scheme = (Object.keys(NUMBER_PREFIXES) as CertificationScheme[]).find(
    (candidate) => NUMBER_PREFIXES[candidate] === match[1],
  );
  const sequence = Number(match[3]);
  if (!scheme || sequence < 1) return null;
  return { scheme, year: Number(match[2]), sequence, checkSuffix: match[4] ?? null };
}
