import type { Principal, Role } from '@hb/contracts';
import { answersForSale, canSeeSale } from './emergency-sale-access';

const caller = (role: Role, organisationId: string): Principal => ({ subject: 'u', role, organisationId });
const sale = { producerId: 'p-1', countyCode: '513431', status: 'closed' };

describe('emergency sale access', () => {
  it('lets the producer, the county official of its county and administrators answer for a sale', () => {
    expect(answersForSale(caller('producer', 'p-1'), sale)).toBe(true);
    expect(answersForSale(caller('county_official', '513431'), sale)).toBe(true);
    expect(answersForSale(caller('admin', 'ops'), sale)).toBe(true);
  });

  it('refuses another producer, another county and every other role', () => {
    expect(answersForSale(caller('producer', 'p-2'), sale)).toBe(false);
    expect(answersForSale(caller('county_official', '513432'), sale)).toBe(false);
    expect(answersForSale(caller('buyer', 'p-1'), sale)).toBe(false);
    expect(answersForSale(caller('platform', '513431'), sale)).toBe(false);
  });

  it('shows open sales to buyers and platforms, closed ones only to those who answer for them', () => {
    expect(canSeeSale(caller('buyer', 'b'), { ...sale, status: 'open' })).toBe(true);
    expect(canSeeSale(caller('platform', 'x'), { ...sale, status: 'open' })).toBe(true);
    expect(canSeeSale(caller('buyer', 'b'), sale)).toBe(false);
    expect(canSeeSale(caller('producer', 'p-1'), sale)).toBe(true);
  });
});
