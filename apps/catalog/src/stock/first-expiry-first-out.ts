/** A lot as the allocator sees it: what can still be sold from it. */
export interface AllocatableLot {
  readonly id: string;
  readonly available: number;
  readonly expiresOn: string;
  readonly harvestedOn: string;
}

export interface Allocation {
  readonly lotId: string;
  readonly quantity: number;
  readonly expiresOn: string;
}

/**
 * Takes `quantity` from the lots that expire first (then the oldest harvest), never more than a lot
 * has left. Returns null when the lots together do not hold enough: a line is reserved whole or not at all.
 * Expired lots must already be left out by the caller.
 */
export function allocateFirstExpiryFirstOut(
  lots: readonly AllocatableLot[],
  quantity: number,
): Allocation[] | null {
  const ordered = [...lots].sort(
    (a, b) =>
      a.expiresOn.localeCompare(b.expiresOn) ||
      a.harvestedOn.localeCompare(b.harvestedOn) ||
      a.id.localeCompare(b.id),
  );
  const allocations: Allocation[] = [];
  let remaining = quantity;
  for (const lot of ordered) {
    if (remaining === 0) break;
    const take = Math.min(lot.available, remaining);
    if (take <= 0) continue;
    allocations.push({ lotId: lot.id, quantity: take, expiresOn: lot.expiresOn });
    remaining -= take;
  }
  return remaining === 0 ? allocations : null;
}
