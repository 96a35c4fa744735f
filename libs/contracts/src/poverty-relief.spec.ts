import { povertyRelief } from './poverty-relief';

const percent = { deep: 100, key: 50, lifted: 0 } as const;

describe('poverty relief on a fee', () => {
  it('waives the fee in a deep-poverty county, halves it in a key county, spares nothing elsewhere', () => {
    expect(povertyRelief(800_000, 'deep', percent)).toEqual({
      percent: 100,
      reliefCents: 800_000,
      dueCents: 0,
    });
    expect(povertyRelief(800_000, 'key', percent)).toEqual({
      percent: 50,
      reliefCents: 400_000,
      dueCents: 400_000,
    });
    expect(povertyRelief(800_000, 'lifted', percent)).toEqual({
      percent: 0,
      reliefCents: 0,
      dueCents: 800_000,
    });
  });

  it('spares nothing when the county’s status is unknown', () => {
    expect(povertyRelief(800_000, null, percent)).toEqual({ percent: 0, reliefCents: 0, dueCents: 800_000 });
  });

  it('rounds to the cent, half a cent in the payer’s favour', () => {
    expect(povertyRelief(333, 'key', percent)).toMatchObject({ reliefCents: 167, dueCents: 166 });
    expect(povertyRelief(333, 'key', { ...percent, key: 30 })).toMatchObject({
      reliefCents: 100,
      dueCents: 233,
    });
  });

  it('never spares more than the fee, nor asks for a negative amount', () => {
    expect(povertyRelief(1_000, 'deep', { ...percent, deep: 150 })).toEqual({
      percent: 150,
      reliefCents: 1_000,
      dueCents: 0,
    });
    expect(povertyRelief(0, 'deep', percent)).toMatchObject({ reliefCents: 0, dueCents: 0 });
  });
});
