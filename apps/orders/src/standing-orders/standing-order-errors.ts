import { UnprocessableError } from '@hb/platform';

export interface RefusedLine {
  productId: string;
  problem: string;
}

/** A line no order could be placed for: an unknown or unlisted product, or a quantity under the minimum. */
export class StandingOrderLinesRefused extends UnprocessableError {
  constructor(readonly lines: RefusedLine[]) {
    super(lines.map((line) => `${line.productId}: ${line.problem}`).join('; '), { lines });
  }
}

/** The period between startsOn and endsOn holds no day the standing order recurs on. */
export class NoOccurrenceInPeriod extends UnprocessableError {
  constructor(
    readonly startsOn: string,
    readonly endsOn: string,
  ) {
    super(`no occurrence falls between ${startsOn} and ${endsOn}`, { startsOn, endsOn });
  }
}
