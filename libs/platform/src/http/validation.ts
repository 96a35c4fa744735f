import { ValidationPipe } from '@nestjs/common';
import { fieldErrors, RequestValidationError } from './problem';

/** Rejects unknown properties (no mass assignment) and reports every failing field at once. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(fieldErrors(errors)),
  });
}
