import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { concatMap, type Observable } from 'rxjs';
import { ProductTags } from './product-tags';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A write answered by catalog is answered only once this replica has forgotten the product tags it
 * changed (ProductTags.caughtUp: one round trip on the listener's connection), so that a client that
 * saw its write succeed and then revalidates here is never told 304 for what it changed.
 */
@Injectable()
export class WritesSeenInterceptor implements NestInterceptor {
  constructor(private readonly tags: ProductTags) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const method = context.switchToHttp().getRequest<{ method: string }>().method;
    if (READS.has(method)) return next.handle();
    return next.handle().pipe(
      concatMap(async (answer: unknown) => {
        await this.tags.caughtUp();
        return answer;
      }),
    );
  }
}
