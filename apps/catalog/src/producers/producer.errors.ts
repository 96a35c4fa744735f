import { ConflictError, UnprocessableError } from '@hb/platform';

/** A producer belongs to a county an administrator registered first. */
export class ProducerCountyNotRegistered extends UnprocessableError {
  constructor(readonly countyCode: string) {
    super(
      `county ${countyCode} is not registered; an administrator registers it with POST /v1/counties first`,
      { countyCode },
    );
  }
}

/** A credit code (统一社会信用代码) names one producer. */
export class CreditCodeAlreadyRegistered extends ConflictError {
  constructor(readonly creditCode: string) {
    super(`a producer with credit code ${creditCode} is already registered`, { creditCode });
  }
}
