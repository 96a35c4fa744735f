import { PRODUCT_STATUSES, ProductDelisted, ProductListed, type ProductStatus } from '@hb/contracts';
import { IllegalTransitionError } from '@hb/platform';
import {
  ANNOUNCED_BY,
  describeMove,
  PRODUCT_ACTIONS,
  PRODUCT_LIFECYCLE,
  statusAfter,
  type ProductAction,
} from './product-status';

/** Written out by hand, independently of the table, for every (status, action) pair. */
const EXPECTED: Record<ProductStatus, Record<ProductAction, ProductStatus | 'illegal'>> = {
  draft: { list: 'listed', delist: 'illegal' },
  listed: { list: 'illegal', delist: 'delisted' },
  delisted: { list: 'listed', delist: 'illegal' },
};

const pairs = PRODUCT_STATUSES.flatMap((status) =>
  PRODUCT_ACTIONS.map((action) => [status, action, EXPECTED[status][action]] as const),
);

describe('product lifecycle', () => {
  it('covers every status and action of the contract', () => {
    expect(pairs).toHaveLength(PRODUCT_STATUSES.length * PRODUCT_ACTIONS.length);
  });

  it.each(pairs)('a %s product asked to %s ends up %s', (status, action, expected) => {
    if (expected === 'illegal') {
      expect(() => statusAfter(status, action)).toThrow(IllegalTransitionError);
    } else {
      expect(statusAfter(status, action)).toBe(expected);
    }
  });

  it('says which move was refused, as a 409', () => {
    let refusal: unknown;
    try {
      statusAfter('draft', 'delist');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(IllegalTransitionError);
    expect(refusal).toMatchObject({
      status: 409,
      message: 'product cannot go from draft to delisted',
      extensions: { from: 'draft', to: 'delisted', trigger: 'delist', allowed: ['list'] },
    });
  });

  it('never lets a product go back to draft', () => {
    const reached = PRODUCT_STATUSES.flatMap((status) =>
      PRODUCT_ACTIONS.filter((action) => PRODUCT_LIFECYCLE.can(status, action)).map((action) =>
        statusAfter(status, action),
      ),
    );
    expect(reached).not.toContain('draft');
  });

  it('announces listing and delisting with their own events', () => {
    expect(ANNOUNCED_BY.list).toBe(ProductListed);
    expect(ANNOUNCED_BY.delist).toBe(ProductDelisted);
  });

  it('describes each action for the API documentation', () => {
    expect(describeMove('list')).toBe('draft → listed, delisted → listed');
    expect(describeMove('delist')).toBe('listed → delisted');
  });
});
