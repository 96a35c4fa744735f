import { ValidationPipe, type ArgumentMetadata } from '@nestjs/common';
import { nestedShapeProblems } from '@hb/contracts';
import { fieldErrors, RequestValidationError } from './problem';

/**
 * Nest's ValidationPipe, and then what class-validator lets through: an array where a nested object
 * belongs (`{"readings": [[]]}` passed, and failed in the service with a 500).
 */
class PlatformValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const result: unknown = await super.transform(value, metadata);
    if (result !== null && typeof result === 'object' && this.toValidate(metadata)) {
      const problems = nestedShapeProblems(result);
      if (problems.length > 0) {
        throw new RequestValidationError(
          problems.map(({ field, message }) => ({ field, messages: [message] })),
        );
      }
    }
    return result;
  }
}

/** Rejects unknown properties (no mass assignment) and reports every failing field at once. */
export function createValidationPipe(): ValidationPipe {
  return new PlatformValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(fieldErrors(errors)),
  });
}
