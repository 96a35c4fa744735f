import { HttpException, HttpStatus } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { isInfrastructureUnavailable } from '@hb/messaging';
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
  408: 'request-timeout',
  409: 'conflict',
  413: 'payload-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  429: 'too-many-requests',
  431: 'headers-too-large',
  503: 'unavailable',
};

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  408: 'Request timeout',
  409: 'Conflict',
  413: 'Request body too large',
  414: 'Request URL too long',
  415: 'Unsupported media type',
  422: 'Unprocessable request',
  429: 'Too many requests',
  431: 'Request headers too large',
  503: 'Service unavailable',
};

/** A problem of a status alone (its type and title), with an optional detail. */
export const statusProblem = (status: number, detail?: string): Problem => ({
  type: problemType(STATUS_CODES[status] ?? 'error'),
  title: TITLES[status] ?? 'Error',
  status,
  ...(detail ? { detail } : {}),
});

/** SQLSTATE query_canceled: PostgreSQL cancelled a statement that ran past DB_STATEMENT_TIMEOUT_MS. */
const STATEMENT_TIMEOUT = '57014';

const sqlStateOf = (exception: unknown): string | undefined => {
  const driverError = (exception as { driverError?: { code?: unknown } } | null)?.driverError;
  return typeof driverError?.code === 'string' ? driverError.code : undefined;
};

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
    return statusProblem(status, Array.isArray(message) ? message.join('; ') : message);
  }
  if (sqlStateOf(exception) === STATEMENT_TIMEOUT) {
    return {
      ...statusProblem(503, 'The database did not answer in time (statement timeout); try again shortly.'),
      retryAfterSeconds: 1,
    };
  }
  // The database restarting, or out of connections: the client's request was fine, and may be repeated.
  if (isInfrastructureUnavailable(exception)) {
    return {
      ...statusProblem(503, 'The database is not reachable at the moment; try again shortly.'),
      retryAfterSeconds: 1,
    };
  }
  // Fastify's own errors (malformed JSON, wrong content type, body too large) carry a 4xx statusCode.
  const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return statusProblem(statusCode, (exception as Error).message);
  }
  return {
    type: problemType('internal'),
    title: 'Internal server error',
    status: 500,
    detail: 'An unexpected error occurred. It has been logged; quote the correlation id when reporting it.',
  };
}
