import { IllegalTransitionError, toProblem } from '@hb/platform';
import { nextRfqStatus } from './rfq-status';

describe('request for quotation transitions', () => {
  it('awards an open request once', () => {
    expect(nextRfqStatus('open', 'award')).toBe('awarded');
    expect(() => nextRfqStatus('awarded', 'award')).toThrow(IllegalTransitionError);
  });

  it('says an awarded request cannot be awarded again, naming the trigger', () => {
    let refusal: unknown;
    try {
      nextRfqStatus('awarded', 'award');
    } catch (error) {
      refusal = error;
    }
    expect(toProblem(refusal)).toMatchObject({
      from: 'awarded',
      to: 'awarded',
      trigger: 'award',
      allowed: [],
    });
  });
});
