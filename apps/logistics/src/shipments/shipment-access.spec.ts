import type { Principal, Role } from '@hb/contracts';
import { ForbiddenError, NotFoundError } from '@hb/platform';
import { assertHolds, canSee, holds, visibleTo } from './shipment-access';

const caller = (role: Role, organisationId: string): Principal => ({
  subject: `${role}-user`,
  role,
  organisationId,
});
const shipment = {
  id: 's-1',
  buyerId: 'canteen',
  producerId: 'kiwi-coop',
  operatorId: null as string | null,
};
const held = { ...shipment, operatorId: 'coldlink' };

describe('who sees and who holds a shipment', () => {
  it('shows an unclaimed shipment to every operator, and a claimed one only to its holder', () => {
    expect(canSee(caller('operator', 'coldlink'), shipment)).toBe(true);
    expect(canSee(caller('operator', 'other-fleet'), shipment)).toBe(true);
    expect(canSee(caller('operator', 'coldlink'), held)).toBe(true);
    expect(canSee(caller('operator', 'other-fleet'), held)).toBe(false);
  });

  it("shows a buyer its orders' shipments and a producer its own, administrators all", () => {
    expect(canSee(caller('buyer', 'canteen'), held)).toBe(true);
    expect(canSee(caller('buyer', 'another-canteen'), held)).toBe(false);
    expect(canSee(caller('producer', 'kiwi-coop'), held)).toBe(true);
    expect(canSee(caller('producer', 'tea-coop'), held)).toBe(false);
    expect(canSee(caller('admin', 'ops'), held)).toBe(true);
    expect(canSee(caller('certifier', 'lab'), held)).toBe(false);
    expect(canSee(caller('platform', 'shop'), held)).toBe(false);
  });

  it('lets only the holding operator act', () => {
    expect(holds(caller('operator', 'coldlink'), held)).toBe(true);
    expect(holds(caller('operator', 'other-fleet'), held)).toBe(false);
    expect(holds(caller('admin', 'coldlink'), held)).toBe(false);
  });

  it('answers 404 to an operator acting on a shipment another holds, 403 on an unclaimed one', () => {
    expect(() => assertHolds(caller('operator', 'other-fleet'), held, 's-1', 'move')).toThrow(NotFoundError);
    expect(() => assertHolds(caller('operator', 'coldlink'), shipment, 's-1', 'move')).toThrow(
      ForbiddenError,
    );
    expect(() => assertHolds(caller('operator', 'coldlink'), null, 's-1', 'move')).toThrow(NotFoundError);
    expect(() => assertHolds(caller('operator', 'coldlink'), held, 's-1', 'move')).not.toThrow();
  });

  it('says the same in SQL', () => {
    expect(visibleTo(caller('operator', 'coldlink'), 's')).toEqual({
      where: '(s.operator_id IS NULL OR s.operator_id = :org)',
      params: { org: 'coldlink' },
    });
    expect(visibleTo(caller('admin', 'ops'), 's').where).toBe('TRUE');
    expect(visibleTo(caller('certifier', 'lab'), 's').where).toBe('FALSE');
  });
});
