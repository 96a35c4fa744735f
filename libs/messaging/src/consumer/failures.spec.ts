import { isInfrastructureUnavailable, isLockConflict } from './failures';

describe('isInfrastructureUnavailable', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    [
      'PostgreSQL shutting down (57P01)',
      Object.assign(new Error('terminating connection'), { code: '57P01' }),
    ],
    ['a connection exception class 08', { driverError: { code: '08006' } }],
    ['a dropped client', new Error('Connection terminated unexpectedly')],
  ])('treats %s as an outage to wait out, not a poison event', (_label, error) => {
    expect(isInfrastructureUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a bug in a handler', new TypeError("Cannot read properties of undefined (reading 'lines')")],
  ])('treats %s as a failure of this event', (_label, error) => {
    expect(isInfrastructureUnavailable(error)).toBe(false);
  });

  it.each([
    ['a deadlock (40P01)', { driverError: { code: '40P01' } }],
    ['a serialization failure (40001)', Object.assign(new Error('could not serialize'), { code: '40001' })],
  ])('knows %s as a lost lock conflict, not a failure of the event', (_label, error) => {
    expect(isLockConflict(error)).toBe(true);
    expect(isInfrastructureUnavailable(error)).toBe(false);
  });

  it('does not take a bug for a lock conflict', () => {
    expect(isLockConflict(new TypeError('x is undefined'))).toBe(false);
  });
});
