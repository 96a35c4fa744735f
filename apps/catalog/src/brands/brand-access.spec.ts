import type { Principal, Role } from '@hb/contracts';
import { brandFitsProducer, submissionRefusal } from './brand-access';

const caller = (role: Role, organisationId: string): Principal => ({ subject: 'u', role, organisationId });
const OWN = '3f6c2a8e-5d1b-4c7a-9e21-7a0b8d4c6f10';
const OTHER = '9d2e4c1a-7b3f-4e8d-a6c5-1f0e2d3c4b5a';

describe('who submits which brand', () => {
  it('lets a producer submit its own enterprise or product brand, nothing else', () => {
    const producer = caller('producer', OWN);
    for (const kind of ['enterprise', 'product'] as const) {
      expect(submissionRefusal(producer, { kind, countyCode: '513431', ownerProducerId: OWN })).toBeNull();
      expect(submissionRefusal(producer, { kind, countyCode: '513431', ownerProducerId: OTHER })).toMatch(
        /own brands only/,
      );
    }
    expect(
      submissionRefusal(producer, { kind: 'regional_public', countyCode: '513431', ownerProducerId: OWN }),
    ).toMatch(/official/);
  });

  it("lets a county official submit its own county's regional public brand only", () => {
    const official = caller('county_official', '513431');
    const regional = { kind: 'regional_public', ownerProducerId: null } as const;
    expect(submissionRefusal(official, { ...regional, countyCode: '513431' })).toBeNull();
    expect(submissionRefusal(official, { ...regional, countyCode: '513429' })).toMatch(/own county/);
    expect(
      submissionRefusal(official, { kind: 'enterprise', countyCode: '513431', ownerProducerId: OWN }),
    ).not.toBeNull();
  });

  it('lets an administrator submit anything and other roles nothing', () => {
    const brand = { kind: 'product', countyCode: '513431', ownerProducerId: OWN } as const;
    expect(submissionRefusal(caller('admin', 'ops'), brand)).toBeNull();
    expect(submissionRefusal(caller('buyer', OWN), brand)).not.toBeNull();
  });

  it("lets a product name its producer's own brand or its county's regional public brand", () => {
    const producer = { id: OWN, countyCode: '513431' };
    expect(
      brandFitsProducer({ kind: 'enterprise', countyCode: '513431', ownerProducerId: OWN }, producer),
    ).toBe(true);
    expect(
      brandFitsProducer({ kind: 'product', countyCode: '513431', ownerProducerId: OTHER }, producer),
    ).toBe(false);
    expect(
      brandFitsProducer({ kind: 'regional_public', countyCode: '513431', ownerProducerId: null }, producer),
    ).toBe(true);
    expect(
      brandFitsProducer({ kind: 'regional_public', countyCode: '513429', ownerProducerId: null }, producer),
    ).toBe(false);
  });
});
