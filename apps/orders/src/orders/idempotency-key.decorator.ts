import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { RequestValidationError } from '@hb/platform';
import { IDEMPOTENCY_KEY } from './idempotency';

/** The `Idempotency-Key` header, required and well-formed (400 otherwise). */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const value = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>().headers[
    'idempotency-key'
  ];
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY.test(value)) {
    throw new RequestValidationError([
      {
        field: 'Idempotency-Key',
        messages: ['the Idempotency-Key header is required: 1 to 255 visible ASCII characters, e.g. a UUID'],
      },
    ]);
  }
  return value;
});
