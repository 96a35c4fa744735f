import { UnprocessableError } from '@hb/platform';

/** A lot's dates are real calendar days (no 30 February). */
export class LotDateNotReal extends UnprocessableError {
  constructor(
    readonly field: 'harvestedOn' | 'expiresOn',
    readonly value: string,
  ) {
    super(`${field} ${value} is not a calendar date`, { field, value });
  }
}

/** A lot is added once harvested, not before. */
export class HarvestInFuture extends UnprocessableError {
  constructor(
    readonly harvestedOn: string,
    readonly today: string,
  ) {
    super(`harvestedOn ${harvestedOn} is in the future`, { harvestedOn, today });
  }
}

export class ExpiresBeforeHarvest extends UnprocessableError {
  constructor(
    readonly expiresOn: string,
    readonly harvestedOn: string,
  ) {
    super(`expiresOn ${expiresOn} is before harvestedOn ${harvestedOn}`, { expiresOn, harvestedOn });
  }
}

/** An expired lot cannot be sold, so it is not added. */
export class LotAlreadyExpired extends UnprocessableError {
  constructor(
    readonly expiresOn: string,
    readonly today: string,
  ) {
    super(`expiresOn ${expiresOn} has passed: an expired lot cannot be sold`, { expiresOn, today });
  }
}
