import { nextLevel, score } from './risk-score';

const bands = { riskMediumScore: 25, riskHighScore: 50, riskHysteresis: 10 };
const none = {
  cold_chain_breach_rate: 0,
  dispute_refund_share: 0,
  insufficient_stock_rejections: 0,
  certificates_suspended_or_revoked: 0,
  stock_expired_unsold_share: 0,
  buyer_concentration: 0,
  days_without_sales: 0,
};

describe('producer risk', () => {
  it('counts a factor only above its threshold', () => {
    expect(score(none).score).toBe(0);
    expect(score({ ...none, buyer_concentration: 0.8 }).score).toBe(0);
    expect(score({ ...none, buyer_concentration: 0.81 }).score).toBe(5);
  });

  it('puts a producer with a revoked certificate and breached shipments at high', () => {
    const { score: points } = score({
      ...none,
      certificates_suspended_or_revoked: 1,
      cold_chain_breach_rate: 1,
    });
    expect(points).toBe(55);
    expect(nextLevel('low', points, bands)).toBe('high');
  });

  it('leaves a level only well below it', () => {
    expect(nextLevel('high', 45, bands)).toBe('high');
    expect(nextLevel('high', 39, bands)).toBe('medium');
    expect(nextLevel('high', 10, bands)).toBe('low');
    expect(nextLevel('medium', 20, bands)).toBe('medium');
    expect(nextLevel('medium', 14, bands)).toBe('low');
    expect(nextLevel('low', 24, bands)).toBe('low');
  });
});
