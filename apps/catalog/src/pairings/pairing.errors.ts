import { UnprocessableError } from '@hb/platform';

/** A pairing period ends on or after the day it starts. */
export class PairingPeriodReversed extends UnprocessableError {
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`to ${to} is before from ${from}`, { from, to });
  }
}

/** The assisted county of a pairing is one an administrator registered. */
export class AssistedCountyNotRegistered extends UnprocessableError {
  constructor(readonly assistedCountyCode: string) {
    super(`county ${assistedCountyCode} is not registered`, { assistedCountyCode });
  }
}
