import { IllegalTransition } from '@hb/platform';
import { BRAND_LIFECYCLE, TRIGGER_OF } from './brand-lifecycle';

describe('brand lifecycle', () => {
  it('admits or rejects a submitted brand', () => {
    expect(BRAND_LIFECYCLE.next('submitted', TRIGGER_OF.admitted)).toBe('admitted');
    expect(BRAND_LIFECYCLE.next('submitted', TRIGGER_OF.rejected)).toBe('rejected');
  });

  it('refuses a second decision either way (409 IllegalTransition)', () => {
    for (const from of ['admitted', 'rejected'] as const) {
      for (const decision of ['admitted', 'rejected'] as const) {
        expect(() => BRAND_LIFECYCLE.next(from, TRIGGER_OF[decision])).toThrow(IllegalTransition);
      }
    }
    expect(BRAND_LIFECYCLE.finals).toEqual(['admitted', 'rejected']);
  });
});
