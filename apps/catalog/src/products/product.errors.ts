import { UnprocessableError } from '@hb/platform';

/** Products belong to a producer the catalog knows (registered with POST /v1/producers). */
export class ProducerNotKnown extends UnprocessableError {
  constructor(readonly producerId: string) {
    super(`producer ${producerId} is not registered in the catalog`, { producerId });
  }
}

/** Price tiers that cannot price every order: each broken rule, as a validation error of `priceTiers`. */
export class PriceTiersInconsistent extends UnprocessableError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('; '), { errors: [{ field: 'priceTiers', messages: [...problems] }] });
  }
}
