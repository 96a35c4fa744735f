import type { Principal, Role } from '@hb/contracts';
import { encodeCursor, RequestValidationError } from '@hb/platform';
import { productSearchQuery } from './product-search';

const producerId = '3f6c2a8e-5d1b-4c7a-9e21-7a0b8d4c6f10';
const caller = (role: Role, organisationId = producerId): Principal => ({
  subject: `${role}-user`,
  role,
  organisationId,
});

describe('product search query', () => {
  it('shows an administrator every product, in any status', () => {
    const { text, values } = productSearchQuery(caller('admin'), {});
    expect(text).not.toContain('WHERE');
    expect(values).toEqual([21]);
  });

  it("shows a producer its own products in every status and others' listed ones", () => {
    const { text, values } = productSearchQuery(caller('producer'), {});
    expect(text).toContain(`(p.status = 'listed' OR p.producer_id = $1)`);
    expect(values[0]).toBe(producerId);
  });

  it('shows a producer whose organisation is not a producer id only listed products', () => {
    const { text, values } = productSearchQuery(caller('producer', 'coop-zhaojue-01'), {});
    expect(text).toContain(`WHERE p.status = 'listed'`);
    expect(values).not.toContain('coop-zhaojue-01');
  });

  it.each(['buyer', 'platform', 'operator', 'certifier'] as const)(
    'shows a %s listed products only',
    (role) => {
      expect(productSearchQuery(caller(role), {}).text).toContain(`WHERE p.status = 'listed'`);
    },
  );

  it('turns every filter into a bound parameter and fetches one row more than the page', () => {
    const { text, values } = productSearchQuery(caller('admin'), {
      category: 'temperate_fruit',
      countyCode: '520123',
      povertyStatus: 'key',
      scheme: ['geographical_indication', 'green_food'],
      reliefEligible: 'false',
      q: 'kiwi',
      limit: 5,
    });
    expect(text).toContain('p.category = $1');
    expect(text).toContain('pr.county_code = $2');
    expect(text).toContain('c.poverty_status = $3');
    expect(text).toContain('p.badges @> $4::text[]');
    expect(text).toContain('p.relief_eligible = $5');
    expect(text).toContain('p.name ILIKE $6');
    expect(values).toEqual([
      'temperate_fruit',
      '520123',
      'key',
      ['geographical_indication', 'green_food'],
      false,
      '%kiwi%',
      6,
    ]);
  });

  it('searches for wildcard characters literally', () => {
    const { values } = productSearchQuery(caller('admin'), { q: '100%_pure\\' });
    expect(values[0]).toBe('%100\\%\\_pure\\\\%');
  });

  it('continues after the cursor position in creation order', () => {
    const cursor = encodeCursor(['2025-11-28T08:15:30.123456Z', producerId]);
    const { text, values } = productSearchQuery(caller('admin'), { cursor });
    expect(text).toContain('(p.created_at, p.id) > ($1::timestamptz, $2::uuid)');
    expect(text).toContain('ORDER BY p.created_at, p.id');
    expect(values.slice(0, 2)).toEqual(['2025-11-28T08:15:30.123456Z', producerId]);
  });

  it('refuses a forged cursor before it reaches the database', () => {
    expect(() => productSearchQuery(caller('admin'), { cursor: encodeCursor(['now', 'x']) })).toThrow(
      RequestValidationError,
    );
  });
});
