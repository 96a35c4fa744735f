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
  constructor(
    aggregate: string,
    from: string,
    to: string,
    extensions: Record<string, unknown> = { from, to },
    detail = `${aggregate} cannot go from ${from} to ${to}`,
  ) {
    super(detail, extensions);
  }
}

/**
 * A lifecycle refused a trigger in the current state (409): what was tried (`trigger`), from where
 * (`from`), what the state allows instead (`allowed`), and the state the trigger leads to elsewhere
 * (`to`) when the table names one.
 */
export class IllegalTransition extends IllegalTransitionError {
  constructor(
    readonly aggregate: string,
    readonly from: string,
    readonly trigger: string,
    readonly allowed: readonly string[],
    readonly to?: string,
  ) {
    super(
      aggregate,
      from,
      to ?? trigger,
      { from, ...(to === undefined ? {} : { to }), trigger, allowed: [...allowed] },
      to === undefined
        ? `${aggregate} cannot ${trigger} from ${from}`
        : `${aggregate} cannot go from ${from} to ${to}`,
    );
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
