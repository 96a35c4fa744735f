/**
 * Errors a service throws when a request cannot be honoured for a business reason. The HTTP edge
 * maps each to an RFC 9457 problem (status, type, title); services never build HTTP responses.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  /** Last segment of the problem type URI, e.g. `not-found` → `/problems/not-found`. */
  abstract readonly code: string;
  abstract readonly title: string;

  constructor(
    detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'not-found';
  readonly title = 'Not found';
  constructor(resource: string, id: string) {
    super(`${resource} ${id} does not exist or is not visible to you`, { resource, id });
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly code = 'conflict';
  readonly title = 'Conflict with the current state';
}

export class IllegalTransitionError extends DomainError {
  readonly status = 409;
  readonly code = 'illegal-transition';
  readonly title = 'This state change is not allowed';
  constructor(aggregate: string, from: string, to: string) {
    super(`${aggregate} cannot go from ${from} to ${to}`, { from, to });
  }
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly code = 'forbidden';
  readonly title = 'Forbidden';
}

export class UnauthorizedError extends DomainError {
  readonly status = 401;
  readonly code = 'unauthorized';
  readonly title = 'Authentication required';
}

/** Well-formed input that breaks a business rule (unknown reference, below minimum quantity…). */
export class UnprocessableError extends DomainError {
  readonly status = 422;
  readonly code = 'unprocessable';
  readonly title = 'The request breaks a business rule';
}
