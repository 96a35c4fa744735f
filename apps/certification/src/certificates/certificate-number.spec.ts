import { CERTIFICATION_SCHEMES } from '@hb/contracts';
import {
  certificateNumber,
  NUMBER_PREFIXES,
  parseCertificateNumber,
  randomCheckSuffix,
} from './certificate-number';

describe('certificate numbers', () => {
  it('reads as scheme, year of issue, a six-digit place in the sequence and a check suffix', () => {
    expect(certificateNumber('green_food', 2026, 123, '7KQ2M')).toBe('GF-2026-000123-7KQ2M');
    expect(certificateNumber('organic', 2026, 1, '00000')).toBe('OG-2026-000001-00000');
    expect(certificateNumber('geographical_indication', 2027, 45, 'ZZZZZ')).toBe('GI-2027-000045-ZZZZZ');
    expect(certificateNumber('poverty_alleviation_product', 2026, 999_999, 'AB12C')).toBe(
      'PA-2026-999999-AB12C',
    );
  });

  it('widens instead of wrapping after the millionth certificate of a year', () => {
    expect(certificateNumber('green_food', 2026, 1_000_000, 'AAAAA')).toBe('GF-2026-1000000-AAAAA');
  });

  it('draws check suffixes that do not follow from one another (no walking the register)', () => {
    const suffixes = Array.from({ length: 200 }, randomCheckSuffix);
    expect(suffixes.every((suffix) => /^[0-9A-HJKMNP-TV-Z]{5}$/.test(suffix))).toBe(true);
    expect(new Set(suffixes).size).toBeGreaterThan(190);
  });

  it('gives every scheme its own letters', () => {
    const prefixes = CERTIFICATION_SCHEMES.map((scheme) => NUMBER_PREFIXES[scheme]);
    expect(new Set(prefixes).size).toBe(CERTIFICATION_SCHEMES.length);
  });

  it.each([0, -1, 1.5])('refuses sequence %p', (sequence) => {
    expect(() => certificateNumber('organic', 2026, sequence, 'AAAAA')).toThrow(RangeError);
  });

  it('refuses a malformed check suffix', () => {
    expect(() => certificateNumber('organic', 2026, 1, 'ILOU0')).toThrow(RangeError);
  });

  it('reads a number back into scheme, year, sequence and suffix', () => {
    for (const scheme of CERTIFICATION_SCHEMES) {
      expect(parseCertificateNumber(certificateNumber(scheme, 2026, 77, 'Q3R7T'))).toEqual({
        scheme,
        year: 2026,
        sequence: 77,
        checkSuffix: 'Q3R7T',
      });
    }
  });

  it('still recognises numbers given out before check suffixes', () => {
    expect(parseCertificateNumber('GF-2026-000123')).toEqual({
      scheme: 'green_food',
      year: 2026,
      sequence: 123,
      checkSuffix: null,
    });
  });

  it.each([
    'GF-2026-123',
    'XX-2026-000123',
    'gf-2026-000123',
    'GF-26-000123',
    'GF-2026-000000',
    'GF-2026-000123-',
    'GF-2026-000123-abcde',
    'GF-2026-000123-ABCDEF',
    '',
  ])('does not recognise %p', (text) => {
    expect(parseCertificateNumber(text)).toBeNull();
  });
});
