import { ConflictError, UnprocessableError } from '@hb/platform';

export interface HistoryProblem {
  /** Index of the record in the request. */
  readonly record: number;
  readonly field: string;
  readonly message: string;
}

/** Records that are well-formed but cannot be history: not in the past, too long, figures that contradict each other. */
export class InvalidMarketHistory extends UnprocessableError {
  constructor(readonly problems: readonly HistoryProblem[]) {
    super(
      problems.map((problem) => `records[${problem.record}].${problem.field}: ${problem.message}`).join('; '),
      { problems },
    );
  }
}

/** A period overlaps one recorded before with other bounds or figures: history is not rewritten. */
export class HistoryPeriodConflict extends ConflictError {
  constructor(
    readonly countyCode: string,
    readonly category: string,
    readonly period: { from: string; to: string },
    readonly recorded: { from: string; to: string },
  ) {
    super(
      `${countyCode} ${category}: the period ${period.from}..${period.to} overlaps the recorded ${recorded.from}..${recorded.to} with other figures`,
      { countyCode, category, period, recorded },
    );
  }
}
