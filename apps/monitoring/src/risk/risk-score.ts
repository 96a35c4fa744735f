import type { RiskLevel } from '@hb/contracts';

/** The producer-risk factors with their weight (points of the 0–100 score) and the threshold a value must pass. */
export const RISK_FACTORS = [
  { factor: 'cold_chain_breach_rate', weight: 25, threshold: 0.1 },
  { factor: 'dispute_refund_share', weight: 15, threshold: 0.1 },
  { factor: 'insufficient_stock_rejections', weight: 10, threshold: 2 },
  { factor: 'certificates_suspended_or_revoked', weight: 30, threshold: 0 },
  { factor: 'stock_expired_unsold_share', weight: 10, threshold: 0.2 },
  { factor: 'buyer_concentration', weight: 5, threshold: 0.8 },
  { factor: 'days_without_sales', weight: 5, threshold: 90 },
] as const;
export type RiskFactorName = (typeof RISK_FACTORS)[number]['factor'];

export interface ScoredFactor {
  readonly factor: string;
  readonly value: number;
  readonly weight: number;
  readonly threshold: number;
}

/** Each factor counts its full weight once its value is above its threshold. */
export function score(values: Readonly<Record<RiskFactorName, number>>): {
  score: number;
  factors: ScoredFactor[];
} {
  const factors = RISK_FACTORS.map(({ factor, weight, threshold }) => ({
    factor,
    value: values[factor],
    weight,
    threshold,
  }));
  return {
    score: factors.reduce((sum, f) => sum + (f.value > f.threshold ? f.weight : 0), 0),
    factors,
  };
}

export interface RiskBands {
  readonly riskMediumScore: number;
  readonly riskHighScore: number;
  readonly riskHysteresis: number;
}

const RANK: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };

/**
 * The level a score gives, coming from `previous`: a level is reached at its score, but left only
 * once the score falls `riskHysteresis` points below it, so a producer whose score wobbles around
 * a boundary does not change level (and raise and clear alerts) with every event.
 */
export function nextLevel(previous: RiskLevel, points: number, bands: RiskBands): RiskLevel {
  const reached: RiskLevel =
    points >= bands.riskHighScore ? 'high' : points >= bands.riskMediumScore ? 'medium' : 'low';
  if (RANK[reached] >= RANK[previous]) return reached;
  const keeps = (level: RiskLevel) =>
    points >= (level === 'high' ? bands.riskHighScore : bands.riskMediumScore) - bands.riskHysteresis;
  if (previous === 'high' && keeps('high')) return 'high';
  if (previous !== 'low' && keeps('medium')) return 'medium';
  return reached;
}
