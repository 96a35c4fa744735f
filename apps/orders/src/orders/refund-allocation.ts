export interface RefundableLine {
  lineNo: number;
  /** What is left of the line's accepted value (accepted quantity × unit price − earlier refunds). */
  refundableCents: number;
}

export interface LineRefund {
  lineNo: number;
  amountCents: number;
}

/**
 * Spreads a refund over the accepted lines in proportion to their value, in whole cents (largest
 * remainders first, then line order), so that the parts add up to the refund exactly and no line
 * gives back more than it is worth. The caller checks the refund fits the lines' total.
 */
export function allocateRefund(lines: readonly RefundableLine[], refundCents: number): LineRefund[] {
  const total = lines.reduce((sum, line) => sum + line.refundableCents, 0);
  if (refundCents <= 0 || total <= 0) return [];
  const shares = lines.map((line) => {
    const exact = (refundCents * line.refundableCents) / total;
    return { lineNo: line.lineNo, amountCents: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = refundCents - shares.reduce((sum, share) => sum + share.amountCents, 0);
  for (const share of [...shares].sort((a, b) => b.remainder - a.remainder || a.lineNo - b.lineNo)) {
    if (left === 0) break;
    share.amountCents += 1;
    left -= 1;
  }
  return shares
    .filter((share) => share.amountCents > 0)
    .map(({ lineNo, amountCents }) => ({ lineNo, amountCents }));
}
