import { PRODUCT_STATUSES, type Principal, type Role } from '@hb/contracts';
import { canManageProduct, canSeeProduct, producerOf } from './product-access';

const ownerId = '3f6c2a8e-5d1b-4c7a-9e21-7a0b8d4c6f10';
const otherId = '7a1d9e3b-2c4f-4b8a-9d6e-5f0c1b2a3e4d';
const caller = (role: Role, organisationId = ownerId): Principal => ({
  subject: `${role}-user`,
  role,
  organisationId,
});

describe('who sees and changes a product', () => {
  it.each(PRODUCT_STATUSES)('shows a %s product to its producer and to administrators', (status) => {
    expect(canSeeProduct(caller('producer'), { producerId: ownerId, status })).toBe(true);
    expect(canSeeProduct(caller('admin', 'harvest-bridge-ops'), { producerId: ownerId, status })).toBe(true);
  });

  it.each(['buyer', 'platform', 'operator', 'certifier', 'producer'] as const)(
    'shows a %s other than the owner listed products only',
    (role) => {
      const visible = PRODUCT_STATUSES.filter((status) =>
        canSeeProduct(caller(role, otherId), { producerId: ownerId, status }),
      );
      expect(visible).toEqual(['listed']);
    },
  );

  it('lets only the producer and administrators change a product', () => {
    expect(canManageProduct(caller('producer'), { producerId: ownerId })).toBe(true);
    expect(canManageProduct(caller('admin', 'harvest-bridge-ops'), { producerId: ownerId })).toBe(true);
    expect(canManageProduct(caller('producer', otherId), { producerId: ownerId })).toBe(false);
    expect(canManageProduct(caller('platform'), { producerId: ownerId })).toBe(false);
  });

  it("takes a producer token's organisation as its producer id, when it can be one", () => {
    expect(producerOf(caller('producer'))).toBe(ownerId);
    expect(producerOf(caller('producer', 'coop-zhaojue-01'))).toBeNull();
    expect(producerOf(caller('admin'))).toBeNull();
    expect(producerOf(caller('buyer'))).toBeNull();
  });
});
