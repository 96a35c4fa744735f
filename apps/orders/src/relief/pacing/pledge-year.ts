/**
 * A buyer's pledge year: the calendar year (UTC), the only year buyers have for now. Pace is the
 * pledge spread evenly over it.
 */
export interface PledgeYear {
  readonly year: number;
  /** First instant of the year. */
  readonly start: Date;
  /** First instant of the next year. */
  readonly end: Date;
}

export function pledgeYearOf(at: Date): PledgeYear {
  const year = at.getUTCFullYear();
  return { year, start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
}

/** The share of the year elapsed at `at` (0 at its first instant, 1 at its end). */
export function elapsedShare(year: PledgeYear, at: Date): number {
  const share = (at.getTime() - year.start.getTime()) / (year.end.getTime() - year.start.getTime());
  return Math.min(Math.max(share, 0), 1);
}

/** Where a buyer stands against its pledge at an instant. */
export interface Pace {
  readonly paceCents: number;
  readonly behindPaceCents: number;
  readonly onPace: boolean;
}

/**
 * Pace = pledged × elapsed share of the year; behind = what pace asks beyond what was spent (0 when
 * ahead). A buyer is on pace unless it is behind by more than `tolerancePercent` of the pace.
 */
export function paceOf(
  pledgedCents: number,
  spentCents: number,
  share: number,
  tolerancePercent: number,
): Pace {
  const paceCents = Math.round(pledgedCents * share);
  const behindPaceCents = Math.max(paceCents - spentCents, 0);
  return {
    paceCents,
    behindPaceCents,
    onPace: !isBehindBeyond(paceCents, behindPaceCents, tolerancePercent),
  };
}

/** Behind by more than the tolerance (a share of the pace, in percent). */
export function isBehindBeyond(
  paceCents: number,
  behindPaceCents: number,
  tolerancePercent: number,
): boolean {
  return behindPaceCents > 0 && behindPaceCents * 100 > paceCents * tolerancePercent;
}

/** The month (`YYYY-MM`, UTC) that ended last before `at`, and its end (the first instant of the next). */
export function lastEndedMonth(at: Date): { month: string; end: Date } {
  const end = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const last = new Date(end.getTime() - 1);
  return {
    month: `${last.getUTCFullYear()}-${String(last.getUTCMonth() + 1).padStart(2, '0')}`,
    end,
  };
}
