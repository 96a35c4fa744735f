import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';

/**
 * Nest's default RPC filter replaces a handler's error with "Internal server error". The consumer
 * needs the real error to roll back, retry, dead-letter with a reason, or wait for the database.
 */
@Catch()
export class RethrowRpcErrorsFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
