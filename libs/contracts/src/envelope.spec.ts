import { correlationIdOf } from './envelope';

describe('correlationIdOf', () => {
  it('reads the CloudEvents extension correlationid', () => {
    expect(correlationIdOf({ correlationid: 'flow-1' })).toBe('flow-1');
  });

  it('still reads events written with the legacy spelling correlationId', () => {
    expect(correlationIdOf({ correlationId: 'flow-2' })).toBe('flow-2');
  });

  it('prefers the CloudEvents spelling when an event carries both', () => {
    expect(correlationIdOf({ correlationid: 'new', correlationId: 'old' })).toBe('new');
  });

  it('finds none in an event without one, or with one that is not text', () => {
    expect(correlationIdOf({})).toBeUndefined();
    expect(correlationIdOf({ correlationid: 42 })).toBeUndefined();
  });
});
