import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { PRODUCT_CATEGORIES, type ProductCategory } from '../catalog/vocabulary';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The early-warning rules (apps/monitoring/src/alerts/rules.ts; thresholds in the README). */
export const ALERT_KINDS = ['price_drop', 'sales_slump', 'unsold_near_expiry', 'producer_risk'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_SEVERITIES = ['warning', 'critical'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The figures a rule decided on: the measured value against its baseline over a window. */
export class AlertEvidence {
  /** What was measured, e.g. `median_accepted_unit_price_cents`, `ordered_quantity_per_day`. */
  @IsString() metric!: string;
  @IsNumber() value!: number;
  /** What the value is compared with (the earlier window), when the rule compares two windows. */
  @IsOptional() @IsNumber() baseline!: number | null;
  /** value ÷ baseline (or the share the rule measures). */
  @IsOptional() @IsNumber() ratio!: number | null;
  /** The ratio (or score) at which the rule raises. */
  @IsNumber() threshold!: number;
  /** The window the value was measured over (UTC days, both included). */
  @Matches(DATE) from!: string;
  @Matches(DATE) to!: string;
  /** The product concerned (unsold_near_expiry). */
  @IsOptional() @IsUUID() productId?: string;
  /**
   * Where to act on the alert: for unsold_near_expiry, catalog's `POST /v1/emergency-sales` (with
   * the productId) that opens an emergency sale of the product.
   */
  @IsOptional() @IsString() actionHref?: string;
  /**
   * Data points (order lines) of the measured windows that come from imported market history
   * (monitoring.marketHistory.v1) rather than this platform's events; absent when none do.
   */
  @IsOptional() @IsNumber() importedDataPoints?: number;
  /** The open emergency sale that cleared an unsold_near_expiry alert. */
  @IsOptional() @IsUUID() emergencySaleId?: string;
}

export class AlertData {
  @IsUUID() alertId!: string;
  @IsIn(ALERT_KINDS) kind!: AlertKind;
  @IsIn(ALERT_SEVERITIES) severity!: AlertSeverity;
  @Matches(/^\d{6}$/) countyCode!: string;
  @IsOptional() @IsIn(PRODUCT_CATEGORIES) category?: ProductCategory;
  @IsOptional() @IsUUID() producerId?: string;
  @ValidateNested() @Type(() => AlertEvidence) evidence!: AlertEvidence;
}

export class AlertAcknowledgedData extends AlertData {
  @IsString() acknowledgedBy!: string;
  @IsISO8601() acknowledgedAt!: string;
}

/**
 * What an alert is about: the rule and its county, category, producer or product. At most one alert
 * per subject is open; the subject is the Kafka key, so every episode of one subject stays in order
 * (a replay sees an episode cleared before the next one is raised).
 */
export const alertSubject = (
  alert: Pick<AlertData, 'kind' | 'countyCode' | 'category' | 'producerId' | 'evidence'>,
) =>
  [
    alert.kind,
    alert.countyCode,
    alert.category ?? '',
    alert.producerId ?? '',
    alert.evidence.productId ?? '',
  ].join(':');

export const AlertRaised = defineEvent({
  type: 'monitoring.alert.raised.v1',
  topic: Topics.alert,
  payload: AlertData,
  description: 'An early-warning rule tripped; raised once per episode, with the evidence.',
  subjectOf: (data) => alertSubject(data),
});

export const AlertCleared = defineEvent({
  type: 'monitoring.alert.cleared.v1',
  topic: Topics.alert,
  payload: AlertData,
  description: 'The condition of an alert is over (past its hysteresis band); cleared once per episode.',
  subjectOf: (data) => alertSubject(data),
});

export const AlertAcknowledged = defineEvent({
  type: 'monitoring.alert.acknowledged.v1',
  topic: Topics.alert,
  payload: AlertAcknowledgedData,
  description:
    "An administrator or the county's official acknowledged an alert (it stays open until cleared).",
  subjectOf: (data) => alertSubject(data),
});

export class PriceFlaggedData {
  @IsUUID() productId!: string;
  /** The product's lowest-tier unit price. */
  @IsInt() @Min(1) unitPriceCents!: number;
  /** The category's reference price: median accepted unit price over 90 days, all counties. */
  @IsInt() @Min(1) referenceCents!: number;
  @IsNumber() ratio!: number;
}

export const PriceFlagged = defineEvent({
  type: 'monitoring.price.flagged.v1',
  topic: Topics.priceReview,
  payload: PriceFlaggedData,
  description:
    "A product's lowest-tier price is outside the reasonable band around its category's reference price; catalog withholds relief eligibility until it is reviewed.",
  subjectOf: (data) => data.productId,
});

export const PriceCleared = defineEvent({
  type: 'monitoring.price.cleared.v1',
  topic: Topics.priceReview,
  payload: PriceFlaggedData,
  description: "A flagged product's price is back inside the reasonable band.",
  subjectOf: (data) => data.productId,
});

export class RiskFactor {
  @IsString() factor!: string;
  @IsNumber() value!: number;
  @IsInt() @Min(0) weight!: number;
  @IsNumber() threshold!: number;
}

export class ProducerRiskChangedData {
  @IsUUID() producerId!: string;
  @Matches(/^\d{6}$/) countyCode!: string;
  @IsIn(RISK_LEVELS) level!: RiskLevel;
  @IsIn(RISK_LEVELS) previousLevel!: RiskLevel;
  @IsInt() @Min(0) score!: number;
  /** Every factor with its value, weight and threshold (a factor counts once its value is above it). */
  @ValidateNested({ each: true }) @Type(() => RiskFactor) factors!: RiskFactor[];
}

export const ProducerRiskChanged = defineEvent({
  type: 'monitoring.producer.riskChanged.v1',
  topic: Topics.producerRisk,
  payload: ProducerRiskChangedData,
  description: "A producer's risk level (low, medium, high) changed, with the factors behind it.",
  subjectOf: (data) => data.producerId,
});

export const MONITORING_EVENTS = [
  AlertRaised,
  AlertCleared,
  AlertAcknowledged,
  PriceFlagged,
  PriceCleared,
  ProducerRiskChanged,
];
