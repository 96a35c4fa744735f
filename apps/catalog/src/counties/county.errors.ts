import type { PovertyStatus } from '@hb/contracts';
import { ConflictError, UnprocessableError } from '@hb/platform';

/** A county has a lifted-on date exactly when it is lifted out of poverty. */
export class PovertyStatusMismatch extends UnprocessableError {
  constructor(
    readonly countyCode: string,
    readonly povertyStatus: PovertyStatus,
    readonly liftedOn: string | null,
    reason: string,
  ) {
    super(reason, { code: countyCode, povertyStatus, liftedOn });
  }
}

/** A county is registered once, then changed with PATCH. */
export class CountyAlreadyRegistered extends ConflictError {
  constructor(readonly countyCode: string) {
    super(`county ${countyCode} is already registered; change it with PATCH /v1/counties/${countyCode}`, {
      code: countyCode,
    });
  }
}
