import { ConflictError } from '@hb/platform';

/** The emergency sale a line names is over: nothing more can be bought from it. */
export class SaleClosed extends ConflictError {
  constructor(readonly saleId: string) {
    super(`emergency sale ${saleId} is closed`, { saleId });
  }
}
