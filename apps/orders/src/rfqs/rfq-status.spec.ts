import { IllegalTransitionError } from '@hb/platform';
import { nextRfqStatus } from './rfq-status';

describe('request for quotation transitions', () => {
  it('awards an open request once', () => {
    expect(nextRfqStatus('open', 'award')).toBe('awarded');
    expect(() => nextRfqStatus('awarded', 'award')).toThrow(IllegalTransitionError);
  });
});
