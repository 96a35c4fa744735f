import { allocateRefund } from './refund-allocation';

describe('allocating a refund over accepted lines', () => {
  it('splits in proportion to value and adds up to the refund exactly', () => {
    const parts = allocateRefund(
      [
        { lineNo: 1, refundableCents: 948_000 },
        { lineNo: 2, refundableCents: 196_000 },
      ],
      10_001,
    );
    expect(parts.reduce((sum, part) => sum + part.amountCents, 0)).toBe(10_001);
    expect(parts).toEqual([
      { lineNo: 1, amountCents: 8288 },
      { lineNo: 2, amountCents: 1713 },
    ]);
  });

  it('gives the odd cents to the largest remainders, then to the first lines', () => {
    expect(
      allocateRefund(
        [
          { lineNo: 1, refundableCents: 100 },
          { lineNo: 2, refundableCents: 100 },
          { lineNo: 3, refundableCents: 100 },
        ],
        100,
      ),
    ).toEqual([
      { lineNo: 1, amountCents: 34 },
      { lineNo: 2, amountCents: 33 },
      { lineNo: 3, amountCents: 33 },
    ]);
  });

  it('refunds a whole order line by line, and leaves out lines with nothing left', () => {
    expect(
      allocateRefund(
        [
          { lineNo: 1, refundableCents: 500 },
          { lineNo: 2, refundableCents: 0 },
        ],
        500,
      ),
    ).toEqual([{ lineNo: 1, amountCents: 500 }]);
    expect(allocateRefund([{ lineNo: 1, refundableCents: 500 }], 0)).toEqual([]);
  });
});
