import { ConflictError } from '@hb/platform';

export class LotAlreadyRecalled extends ConflictError {
  constructor(
    readonly lotId: string,
    readonly recalledAt: string,
  ) {
    super(`lot ${lotId} was already recalled at ${recalledAt}`, { lotId, recalledAt });
  }
}
