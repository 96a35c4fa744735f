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
});
