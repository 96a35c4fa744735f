import { priceVerdict } from './price-band';

const band = { priceBandLow: 0.5, priceBandHigh: 1.5, priceClearMargin: 0.05 };

describe('price reasonableness', () => {
  it('flags a price above 1.5× or below 0.5× the reference', () => {
    expect(priceVerdict(1600, 1000, band)).toEqual({ verdict: 'flag', ratio: 1.6 });
    expect(priceVerdict(490, 1000, band).verdict).toBe('flag');
    expect(priceVerdict(1500, 1000, band).verdict).toBe('keep');
  });

  it('clears only once the price is inside the band by the margin', () => {
    expect(priceVerdict(1480, 1000, band).verdict).toBe('keep');
    expect(priceVerdict(1450, 1000, band).verdict).toBe('clear');
    expect(priceVerdict(1000, 1000, band).verdict).toBe('clear');
  });
});
