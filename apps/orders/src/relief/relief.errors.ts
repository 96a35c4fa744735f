import { UnprocessableError } from '@hb/platform';

/** A report's period ends on or after the day it starts. */
export class ReportPeriodReversed extends UnprocessableError {
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`from ${from} is after to ${to}`, { from, to });
  }
}

/** A report covers a bounded period, so that one request cannot scan the whole ledger. */
export class ReportPeriodTooLong extends UnprocessableError {
  constructor(
    readonly from: string,
    readonly to: string,
    readonly maxYears: number,
  ) {
    super(`a report covers at most ${maxYears} years`, { from, to, maxYears });
  }
}
