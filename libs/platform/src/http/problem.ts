import { HttpException, HttpStatus } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { DomainError } from '../errors/domain-errors';

/** RFC 9457 problem details. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
export const problemType = (code: string): string => `/problems/${code}`;

export interface FieldError {
  field: string;
  messages: string[];
}

/** Thrown by the global ValidationPipe: a 400 listing every field that failed and why. */
export class RequestValidationError extends HttpException {
  constructor(readonly errors: FieldError[]) {
    super('Request validation failed', HttpStatus.BAD_REQUEST);
  }
}

export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    const own = messages.length > 0 ? [{ field, messages }] : [];
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

const STATUS_CODES: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  429: 'too-many-requests',
  503: 'unavailable',
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request body too large',
  415: 'Unsupported media type',
  422: 'Unprocessable request',
  429: 'Too many requests',
  503: 'Service unavailable',
};

const genericProblem = (status: number, detail?: string): Problem => ({
  type: problemType(STATUS_CODES[status] ?? 'error'),
  title: TITLES[status] ?? 'Error',
  status,
  ...(detail ? { detail } : {}),
});

/** Maps anything thrown while serving a request to a problem; unknown errors become a 500. */
export function toProblem(exception: unknown): Problem {
  if (exception instanceof DomainError) {
    return {
      type: problemType(exception.code),
      title: exception.title,
      status: exception.status,
      detail: exception.message,
      ...exception.extensions,
    };
  }
  if (exception instanceof RequestValidationError) {
    return {
      type: problemType('validation'),
      title: 'The request is not valid',
      status: 400,
      detail: exception.errors.map((error) => `${error.field}: ${error.messages.join(', ')}`).join('; '),
      errors: exception.errors,
    };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : ((response as { message?: string | string[] }).message ?? exception.message);
    return genericProblem(status, Array.isArray(message) ? message.join('; ') : message);
  }
  // Fastify's own errors (malformed JSON, wrong content type, body too large) carry a 4xx statusCode.
  const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return genericProblem(statusCode, (exception as Error).message);
  }
  return {
    type: problemType('internal'),
    title: 'Internal server error',
    status: 500,
    detail: 'An unexpected error occurred. It has been logged; quote the correlation id when reporting it.',
  };
}
