import { CERTIFICATION_SCHEMES } from '@hb/contracts';
import { certificateNumber, NUMBER_PREFIXES, parseCertificateNumber } from './certificate-number';

describe('certificate numbers', () => {
  it('reads as scheme, year of issue and a six-digit place in the sequence', () => {
    expect(certificateNumber('green_food', 2026, 123)).toBe('GF-2026-000123');
    expect(certificateNumber('organic', 2026, 1)).toBe('OG-2026-000001');
    expect(certificateNumber('geographical_indication', 2027, 45)).toBe('GI-2027-000045');
    expect(certificateNumber('poverty_alleviation_product', 2026, 999_999)).toBe('PA-2026-999999');
  });

  it('widens instead of wrapping after the millionth certificate of a year', () => {
    expect(certificateNumber('green_food', 2026, 1_000_000)).toBe('GF-2026-1000000');
  });

  it('gives every scheme its own letters', () => {
    const prefixes = CERTIFICATION_SCHEMES.map((scheme) => NUMBER_PREFIXES[scheme]);
    expect(new Set(prefixes).size).toBe(CERTIFICATION_SCHEMES.length);
  });

  it.each([0, -1, 1.5])('refuses sequence %p', (sequence) => {
    expect(() => certificateNumber('organic', 2026, sequence)).toThrow(RangeError);
  });

  it('reads a number back into scheme, year and sequence', () => {
    for (const scheme of CERTIFICATION_SCHEMES) {
      expect(parseCertificateNumber(certificateNumber(scheme, 2026, 77))).toEqual({
        scheme,
        year: 2026,
        sequence: 77,
      });
    }
  });

  it.each(['GF-2026-123', 'XX-2026-000123', 'gf-2026-000123', 'GF-26-000123', 'GF-2026-000000', ''])(
    'does not recognise %p',
    (text) => {
      expect(parseCertificateNumber(text)).toBeNull();
    },
  );
});
