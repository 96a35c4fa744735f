import { ApiProblem, describeProblem } from './problem';

const problem = (status: number, extra: Record<string, unknown> = {}) => ({
  type: '/problems/x',
  title: 'title',
  status,
  ...extra,
});

describe('problems in words', () => {
  it('lists each invalid field of a 400 by a name a person reads', () => {
    const words = describeProblem(
      new ApiProblem(
        problem(400, {
          detail: 'lines.0.quantity: quantity must not be less than 1',
          errors: [
            { field: 'lines.0.quantity', messages: ['quantity must not be less than 1'] },
            {
              field: 'deliveryAddress',
              messages: ['deliveryAddress must be longer than or equal to 5 characters'],
            },
          ],
        }),
        'orders',
      ),
    );
    expect(words).toEqual({
      headline: 'Some of what you entered is not valid.',
      details: [
        'Line 1, quantity: quantity must not be less than 1.',
        'Delivery address: deliveryAddress must be longer than or equal to 5 characters.',
      ],
    });
  });

  it("gives a conflict the service's own explanation", () => {
    expect(
      describeProblem(
        new ApiProblem(problem(409, { detail: 'shipment cannot go from delivered to at_hub' }), 'logistics'),
      ),
    ).toEqual({
      headline: 'This cannot be done now.',
      details: ['Shipment cannot go from delivered to at_hub.'],
    });
  });

  it('names the service that is not answering', () => {
    expect(describeProblem(new ApiProblem(problem(502), 'certification')).headline).toBe(
      'The certification service is not answering.',
    );
  });

  it('says when the console server itself cannot be reached', () => {
    expect(describeProblem(ApiProblem.unreachable('console')).headline).toBe(
      'The console server cannot be reached.',
    );
  });

  it('asks to sign in again when the token is no longer accepted', () => {
    expect(describeProblem(new ApiProblem(problem(401), 'orders'))).toEqual({
      headline: 'Your sign-in is no longer valid.',
      details: ['Sign in again to carry on.'],
    });
  });

  it('quotes the correlation id of an unexpected error, to report it', () => {
    const words = describeProblem(new ApiProblem(problem(500, { correlationId: 'c0ffee' }), 'catalog'));
    expect(words.headline).toBe('The catalogue ran into an error.');
    expect(words.details).toContain('If it happens again, quote the reference c0ffee.');
  });
});

describe('problems in Chinese', () => {
  const chinese = (key: string, options: Record<string, unknown> = {}) =>
    `zh[${key.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(options[name]))}]`;

  it('explains a state change that is not allowed in the chosen language, with the states named', () => {
    const words = describeProblem(
      new ApiProblem(
        problem(409, {
          type: '/problems/illegal-transition',
          detail: 'shipment cannot go from delivered to at_hub',
          from: 'delivered',
          to: 'at_hub',
        }),
        'logistics',
      ),
      chinese,
      'zh-CN',
    );
    expect(words).toEqual({
      headline: 'zh[This cannot be done now.]',
      details: ['zh[It cannot go from zh[Delivered] to zh[At a hub].]'],
    });
  });

  it.each([
    [
      'a lot recalled already',
      { type: '/problems/conflict', lotId: 'l', recalledAt: '2026-12-03T08:00:00Z' },
      'zh[The lot was recalled already.]',
    ],
    [
      'a closed emergency sale',
      { type: '/problems/conflict', saleId: 's' },
      'zh[The emergency sale has closed.]',
    ],
    [
      'a sale priced above the lowest tier',
      { type: '/problems/unprocessable', unitPriceCents: 9000, lowestTierPriceCents: 7600 },
      'zh[An emergency sale may not cost more than the lowest tier price of the product.]',
    ],
    [
      'too little stock to set aside',
      { type: '/problems/unprocessable', productId: 'p', requested: 900, available: 40 },
      'zh[Only 40 unexpired units are left to set aside.]',
    ],
    [
      'an expired quote',
      { type: '/problems/conflict', quoteId: 'q', validUntil: '2026-12-01' },
      'zh[The quote was valid until 2026-12-01: it can no longer be awarded.]',
    ],
    [
      'a brand name taken in the county',
      { type: '/problems/conflict', brandName: 'Daliangshan', countyCode: '513431' },
      'zh[The county has a brand of that name already.]',
    ],
    [
      'a brand not admitted named on a product',
      { type: '/problems/unprocessable', brandId: 'b', brandStatus: 'submitted' },
      'zh[Only a brand the catalogue admitted can be named.]',
    ],
    [
      "another producer's brand named on a product",
      { type: '/problems/unprocessable', brandId: 'b', producerId: 'p' },
      "zh[A product may name its producer's own brands and its county's regional public brand only.]",
    ],
    [
      'a second booth at a fair',
      { type: '/problems/conflict', eventId: 'e', producerId: 'p' },
      'zh[You have a booth at this fair already.]',
    ],
    [
      'an intent for a product not shown at the fair',
      { type: '/problems/unprocessable', eventId: 'e', productId: 'p' },
      'zh[The product is not shown at this fair: choose a product of an exhibitor.]',
    ],
    [
      'an intent under the minimum order',
      { type: '/problems/unprocessable', productId: 'p', minOrderQuantity: 50 },
      'zh[The product is sold from 50 units.]',
    ],
    [
      'an intent ordered without a delivery address',
      { type: '/problems/unprocessable', intentId: 'i' },
      'zh[Give a delivery address for the order.]',
    ],
  ])('explains %s in the chosen language, from the data the problem carries', (_what, members, detail) => {
    const words = describeProblem(
      new ApiProblem(problem(409, { detail: 'in English', ...members }), 'catalog'),
      chinese,
      'zh-CN',
    );
    expect(words.details).toEqual([detail]);
  });

  it('tells which service a problem of the same data came from', () => {
    const booth = describeProblem(
      new ApiProblem(problem(422, { type: '/problems/unprocessable', producerId: 'p' }), 'orders'),
      chinese,
      'zh-CN',
    );
    expect(booth.details).toEqual([
      'zh[The producer has no product in the catalogue yet, so its county is not known.]',
    ]);
    const product = describeProblem(
      new ApiProblem(
        problem(422, {
          type: '/problems/unprocessable',
          producerId: 'p',
          detail: 'producer p is not registered',
        }),
        'catalog',
      ),
      chinese,
      'zh-CN',
    );
    expect(product.details).toEqual(['Producer p is not registered.']);
  });

  it('names the states of a brand decided twice', () => {
    const words = describeProblem(
      new ApiProblem(
        problem(409, { type: '/problems/illegal-transition', from: 'admitted', to: 'rejected' }),
        'catalog',
      ),
      chinese,
      'zh-CN',
    );
    expect(words.details).toEqual(['zh[It cannot go from zh[Admitted] to zh[Rejected].]']);
  });

  it("keeps the service's own words where the console does not know the problem type", () => {
    const words = describeProblem(
      new ApiProblem(problem(422, { detail: 'the lot expires before it was harvested' }), 'catalog'),
      chinese,
      'zh-CN',
    );
    expect(words.details).toEqual(['The lot expires before it was harvested.']);
  });
});
