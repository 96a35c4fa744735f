import { plainToInstance } from 'class-transformer';
import { IsOptional, validateSync } from 'class-validator';
import { gtin14, gtinCheckDigit, gtinProblem, isGtin, IsGtin, IsGtin14 } from './gtin';

class Requested {
  @IsOptional() @IsGtin() gtin?: string | null;
}

class Announced {
  @IsOptional() @IsGtin14() gtin?: string | null;
}

const messagesOf = (type: new () => object, gtin: unknown): string[] =>
  validateSync(plainToInstance(type, { gtin })).flatMap((error) => Object.values(error.constraints ?? {}));

describe('GS1 GTINs', () => {
  // Published GTINs: an EAN-13 (GS1's Wikipedia example), a book's ISBN-13, a UPC-A, an EAN-8,
  // GS1 US's example GTIN-14, and a GTIN-13 under GS1 China's 690–699 prefixes.
  it.each([
    ['4006381333931', 1],
    ['9780306406157', 7],
    ['036000291452', 2],
    ['96385074', 4],
    ['10614141000415', 5],
    ['6901234567892', 2],
  ])('gives %s its check digit %i, and accepts it', (gtin, check) => {
    expect(gtinCheckDigit(gtin.slice(0, -1))).toBe(check);
    expect(isGtin(gtin)).toBe(true);
  });

  it('refuses a wrong check digit, saying which digit it should be', () => {
    expect(gtinProblem('4006381333932')).toBe(
      'is not a valid GTIN: its check digit is 2, the GS1 check digit of 400638133393 is 1',
    );
    expect(isGtin('9780306406158')).toBe(false);
  });

  it.each([
    '',
    '1234567',
    '123456789',
    '12345678901',
    '123456789012345',
    '40063813339a1',
    ' 4006381333931',
    4006381333931,
  ])('refuses %p as no GTIN length or no digits', (value) =>
    expect(gtinProblem(value)).toBe('must be a GS1 GTIN: 8, 12, 13 or 14 digits'),
  );

  it('writes every length in its 14-digit form, which keeps the check digit right', () => {
    expect(gtin14('96385074')).toBe('00000096385074');
    expect(gtin14('036000291452')).toBe('00036000291452');
    expect(gtin14('4006381333931')).toBe('04006381333931');
    expect(gtin14('10614141000415')).toBe('10614141000415');
    for (const gtin of ['96385074', '036000291452', '4006381333931']) expect(isGtin(gtin14(gtin))).toBe(true);
  });

  it('validates requests with a clear message, and events in the 14-digit form only', () => {
    expect(messagesOf(Requested, '4006381333931')).toEqual([]);
    expect(messagesOf(Requested, null)).toEqual([]);
    expect(messagesOf(Requested, '4006381333932')).toEqual([
      'gtin is not a valid GTIN: its check digit is 2, the GS1 check digit of 400638133393 is 1',
    ]);
    expect(messagesOf(Announced, '04006381333931')).toEqual([]);
    expect(messagesOf(Announced, '4006381333931')).toEqual([
      'gtin must be a GS1 GTIN written with 14 digits',
    ]);
    expect(messagesOf(Announced, '04006381333932')).toHaveLength(1);
  });
});
