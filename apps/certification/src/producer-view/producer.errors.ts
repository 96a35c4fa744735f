import { ForbiddenError } from '@hb/platform';

/** Applications are made by producers, whose organisation id is their catalog producer id. */
export class NotAProducer extends ForbiddenError {
  constructor(readonly organisationId: string) {
    super(`organisation ${organisationId} is not a registered producer`, { organisationId });
  }
}
