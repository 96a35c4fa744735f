import { BadRequestException } from '@nestjs/common';
import { IllegalTransitionError, NotFoundError } from '../errors/domain-errors';
import { RequestValidationError, toProblem } from './problem';

describe('toProblem (RFC 9457)', () => {
  it('maps a domain error to its status, type and detail, keeping its extensions', () => {
    expect(toProblem(new IllegalTransitionError('order', 'COMPLETED', 'CANCELLED'))).toEqual({
      type: '/problems/illegal-transition',
      title: 'This state change is not allowed',
      status: 409,
      detail: 'order cannot go from COMPLETED to CANCELLED',
      from: 'COMPLETED',
      to: 'CANCELLED',
    });
    expect(toProblem(new NotFoundError('product', 'p-1')).status).toBe(404);
  });

  it('lists every invalid field of a validation failure', () => {
    const problem = toProblem(
      new RequestValidationError([
        { field: 'lines.0.quantity', messages: ['quantity must be a positive number'] },
        { field: 'price', messages: ['property price should not exist'] },
      ]),
    );
    expect(problem).toMatchObject({ status: 400, type: '/problems/validation' });
    expect(problem.detail).toContain('lines.0.quantity: quantity must be a positive number');
    expect(problem.errors).toHaveLength(2);
  });

  it("keeps the 4xx of Nest's and Fastify's own errors", () => {
    expect(toProblem(new BadRequestException('Validation failed (uuid is expected)'))).toMatchObject({
      status: 400,
      detail: 'Validation failed (uuid is expected)',
    });
    const tooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413 });
    expect(toProblem(tooLarge)).toMatchObject({ status: 413, type: '/problems/payload-too-large' });
  });

  it('hides the details of an unexpected error behind a 500', () => {
    const problem = toProblem(new Error('relation "secret_table" does not exist'));
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('secret_table');
  });

  it('names the limits of a request: 408, 414, 431', () => {
    for (const [status, type] of [
      [408, '/problems/request-timeout'],
      [414, '/problems/uri-too-long'],
      [431, '/problems/headers-too-large'],
    ] as const) {
      const problem = toProblem(Object.assign(new Error('limit'), { statusCode: status }));
      expect(problem).toMatchObject({ status, type });
      expect(problem.title).not.toBe('Error');
    }
  });

  it('answers a statement cancelled by the statement timeout with 503 and a retry hint, not a 500', () => {
    const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), {
      driverError: { code: '57014' },
    });
    expect(toProblem(cancelled)).toMatchObject({
      status: 503,
      type: '/problems/unavailable',
      retryAfterSeconds: 1,
    });
    expect(toProblem(Object.assign(new Error('x'), { driverError: { code: '23505' } })).status).toBe(500);
  });

  it('answers a database that is restarting or out of connections with 503 and a retry hint, not a 500', () => {
    for (const unavailable of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('sorry, too many clients already'), { code: '53300' }),
      Object.assign(new Error('terminating connection due to administrator command'), {
        driverError: { code: '57P01' },
      }),
      new Error('Connection terminated unexpectedly'),
    ]) {
      expect(toProblem(unavailable)).toMatchObject({ status: 503, retryAfterSeconds: 1 });
    }
  });
});
