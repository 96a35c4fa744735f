import { ConflictError, ForbiddenError, UnprocessableError } from '@hb/platform';

/** Certification learns of producers from catalog's events; an applicant it has not heard of yet waits. */
export class ProducerNotKnown extends UnprocessableError {
  constructor(readonly producerId: string) {
    super(
      `producer ${producerId} is not known to certification yet: catalog announces producers when it registers them`,
      { producerId },
    );
  }
}

export interface ProductNotYours {
  productId: string;
  problem: 'unknown product' | 'belongs to another producer';
}

/** An application certifies the applicant's own products only. */
export class ProductsNotYours extends UnprocessableError {
  constructor(readonly products: readonly ProductNotYours[]) {
    super(products.map((entry) => `${entry.productId}: ${entry.problem}`).join('; '), {
      products: [...products],
    });
  }
}

/** One renewal at a time per certificate. */
export class RenewalAlreadyOpen extends ConflictError {
  constructor(
    readonly applicationId: string,
    readonly certificateNumber: string,
  ) {
    super(`application ${applicationId} already renews certificate ${certificateNumber}`, {
      applicationId,
      certificateNumber,
    });
  }
}

/** The review is the certifier's; withdrawing is the applicant's. */
export class MoveIsTheOtherParty extends ForbiddenError {
  constructor(
    readonly from: string,
    readonly to: string,
    readonly mover: 'certifier' | 'applicant',
  ) {
    super(
      mover === 'applicant'
        ? 'only the applicant may withdraw its application'
        : `only a certifier may move an application from ${from} to ${to}`,
      { from, to },
    );
  }
}
