import type { Role } from '@hb/contracts/roles';
import type {
  AlertKind,
  AlertSeverity,
  ApplicationStage,
  BrandKind,
  BrandStatus,
  BuyerKind,
  DisputeResolution,
  DockingEventWindow,
  EmergencySaleCloser,
  EmergencySaleReason,
  QuoteStatus,
  RecallClass,
  RfqStatus,
  StandingOrderStatus,
  TraceReservationStatus,
  RiskFactor,
  RiskLevel,
  CertificationScheme,
  ColdChainVerdict,
  ExcursionSeverity,
  OrderStatus,
  PovertyStatus,
  ProductCategory,
  ReservationRejectionReason,
  ShipmentStatus,
} from './api/types';

/**
 * How the console names and colours the services' vocabulary. Keyed by the contract types, so a new
 * status in the contracts fails the console's type check until it has words here.
 */
export type Tone = 'neutral' | 'info' | 'good' | 'warning' | 'bad';

export const POVERTY_STATUS: Record<PovertyStatus, { label: string; colour: string }> = {
  deep: { label: 'Deep poverty', colour: '#b42318' },
  key: { label: 'Key county', colour: '#dc6803' },
  lifted: { label: 'Lifted out of poverty', colour: '#039855' },
};
export const UNKNOWN_POVERTY_STATUS = { label: 'Status unknown', colour: '#98a2b3' };
export const povertyStatus = (status: string | null) =>
  (status && POVERTY_STATUS[status as PovertyStatus]) || UNKNOWN_POVERTY_STATUS;

/** Just the words of a label table, for a select. */
export const wordsOf = <K extends string>(table: Record<K, { label: string }>): Record<K, string> =>
  Object.fromEntries(
    Object.entries<{ label: string }>(table).map(([key, { label }]) => [key, label]),
  ) as Record<K, string>;

export const CATEGORY: Record<ProductCategory, string> = {
  frozen: 'Frozen',
  chilled_meat: 'Chilled meat',
  dairy: 'Dairy',
  leafy_vegetables: 'Leafy vegetables',
  tropical_fruit: 'Tropical fruit',
  temperate_fruit: 'Temperate fruit',
  grain_oil: 'Grain and oil',
  tea: 'Tea',
  ambient: 'Ambient',
};

export const SCHEME: Record<CertificationScheme, string> = {
  green_food: 'Green food',
  organic: 'Organic',
  geographical_indication: 'Geographical indication',
  poverty_alleviation_product: 'Poverty-alleviation product',
};

/** The saga state of an order, for its buyer. */
export const ORDER_STATUS: Record<OrderStatus, { label: string; tone: Tone; meaning: string }> = {
  PLACED: { label: 'Placed', tone: 'info', meaning: 'waiting for the catalogue to reserve the stock' },
  CONFIRMED: { label: 'Confirmed', tone: 'info', meaning: 'stock reserved; waiting to be picked up' },
  REJECTED: { label: 'Rejected', tone: 'bad', meaning: 'the stock could not be reserved' },
  IN_TRANSIT: { label: 'In transit', tone: 'info', meaning: 'on its way in the cold chain' },
  DELIVERED: {
    label: 'Delivered',
    tone: 'warning',
    meaning: 'delivered: accept it or refuse what is spoiled',
  },
  COMPLETED: { label: 'Completed', tone: 'good', meaning: 'accepted; the relief is counted' },
  DISPUTED: { label: 'Disputed', tone: 'warning', meaning: 'partly refused; the refused goods are refunded' },
  RESOLVED: { label: 'Resolved', tone: 'neutral', meaning: 'the dispute was settled by an administrator' },
  CANCELLED: { label: 'Cancelled', tone: 'neutral', meaning: 'cancelled before dispatch' },
};

export const REJECTION_REASON: Record<ReservationRejectionReason, string> = {
  unknown: 'not known to the catalogue',
  delisted: 'no longer on sale',
  insufficient: 'not enough stock',
  below_minimum: 'under the minimum order',
  sale_closed: 'the emergency sale has closed',
  recalled: 'its lot was recalled',
};

export const SHIPMENT_STATUS: Record<ShipmentStatus, string> = {
  created: 'Waiting for pick-up',
  picked_up: 'Picked up',
  in_transit: 'In transit',
  at_hub: 'At a hub',
  out_for_delivery: 'Out for delivery',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
  held: 'Held (recalled goods)',
};

export const VERDICT: Record<ColdChainVerdict, { label: string; tone: Tone }> = {
  ok: { label: 'Cold chain kept', tone: 'good' },
  excursion: { label: 'Minor excursions', tone: 'warning' },
  breached: { label: 'Cold chain breached', tone: 'bad' },
};

/** Orders report a shipment's status and verdict as plain strings. */
export const shipmentStatus = (status: string): string => SHIPMENT_STATUS[status as ShipmentStatus] ?? status;
export const verdict = (value: string): { label: string; tone: Tone } =>
  VERDICT[value as ColdChainVerdict] ?? { label: value, tone: 'neutral' };

export const SEVERITY: Record<ExcursionSeverity, Tone> = { minor: 'warning', major: 'bad', critical: 'bad' };

export const STAGE: Record<ApplicationStage, string> = {
  submitted: 'Submitted',
  accepted: 'Accepted',
  inspection: 'Inspection',
  testing: 'Testing',
  review: 'Review',
  approved: 'Approved',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** A role as a person reads it in a sentence ("This page is for a signed-in …"). */
export const ROLE_NAME: Record<Role, string> = {
  buyer: 'buyer',
  producer: 'producer',
  platform: 'e-commerce platform',
  operator: 'cold-chain operator',
  certifier: 'certifier',
  county_official: 'county official',
  admin: 'administrator',
};

export const CERTIFICATE_STATUS: Record<string, Tone> = {
  active: 'good',
  suspended: 'warning',
  revoked: 'bad',
  expired: 'neutral',
};

export const ALERT_KIND: Record<AlertKind, { label: string; meaning: string }> = {
  price_drop: {
    label: 'Price drop',
    meaning: 'the median accepted price of the last 14 days is far below the 56 days before',
  },
  sales_slump: {
    label: 'Sales slump',
    meaning: 'the quantity ordered in the last 14 days is far below the 56 days before',
  },
  unsold_near_expiry: {
    label: 'Unsold near expiry',
    meaning: 'much of the stock expires within a week and no emergency sale is open',
  },
  producer_risk: { label: 'Producer at risk', meaning: 'a producer’s risk level rose to high' },
};

export const ALERT_SEVERITY: Record<AlertSeverity, { label: string; tone: Tone }> = {
  warning: { label: 'Warning', tone: 'warning' },
  critical: { label: 'Critical', tone: 'bad' },
};

export const RISK_LEVEL: Record<RiskLevel, { label: string; tone: Tone }> = {
  low: { label: 'Low', tone: 'good' },
  medium: { label: 'Medium', tone: 'warning' },
  high: { label: 'High', tone: 'bad' },
};

/** What each risk factor measures, and how its value reads (a share in %, a count, days). */
export const RISK_FACTOR: Record<RiskFactor, { label: string; unit: 'percent' | 'count' | 'days' }> = {
  cold_chain_breach_rate: { label: 'Shipments with a cold-chain breach', unit: 'percent' },
  dispute_refund_share: { label: 'Value disputed or refunded', unit: 'percent' },
  insufficient_stock_rejections: { label: 'Orders refused for lack of stock', unit: 'count' },
  certificates_suspended_or_revoked: { label: 'Certificates suspended or revoked', unit: 'count' },
  stock_expired_unsold_share: { label: 'Stock expired unsold', unit: 'percent' },
  buyer_concentration: { label: 'Share of the largest buyer', unit: 'percent' },
  days_without_sales: { label: 'Days without sales', unit: 'days' },
};

export const RESOLUTION: Record<DisputeResolution, string> = {
  refund: 'Refund',
  replacement: 'Replacement',
  rejected: 'Claim rejected',
};

export const BUYER_KIND: Record<BuyerKind, string> = {
  budget_unit: 'Budget units (canteens)',
  enterprise: 'Enterprises',
  retailer: 'Retailers',
  platform: 'Platforms',
};

export const SALE_REASON: Record<EmergencySaleReason, string> = {
  glut: 'Glut',
  disaster: 'Natural disaster',
  epidemic: 'Epidemic',
  near_expiry: 'Near expiry',
};

export const SALE_CLOSER: Record<EmergencySaleCloser, string> = {
  sold_out: 'Sold out',
  ended: 'Ended',
  hand: 'Closed by hand',
};

/** I: serious health hazard, II: possible and temporary, III: unlikely to harm. */
export const RECALL_CLASS: Record<RecallClass, { label: string; tone: Tone }> = {
  I: { label: 'Class I: serious health hazard', tone: 'bad' },
  II: { label: 'Class II: possible, temporary hazard', tone: 'warning' },
  III: { label: 'Class III: unlikely to harm', tone: 'neutral' },
};

/** Where an order that held a lot stands in the lot's trace. */
export const TRACE_STATUS: Record<TraceReservationStatus, { label: string; tone: Tone }> = {
  reserved: { label: 'Reserved, not yet confirmed', tone: 'info' },
  confirmed: { label: 'Confirmed', tone: 'warning' },
  released: { label: 'Released', tone: 'neutral' },
  committed: { label: 'Delivered and taken', tone: 'bad' },
};

export const STANDING_ORDER_STATUS: Record<StandingOrderStatus, { label: string; tone: Tone }> = {
  active: { label: 'Active', tone: 'good' },
  paused: { label: 'Paused', tone: 'warning' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
  ended: { label: 'Ended', tone: 'neutral' },
};

export const RFQ_STATUS: Record<RfqStatus, { label: string; tone: Tone }> = {
  open: { label: 'Open for quotes', tone: 'info' },
  awarded: { label: 'Awarded', tone: 'good' },
};

export const QUOTE_STATUS: Record<QuoteStatus, { label: string; tone: Tone }> = {
  submitted: { label: 'Submitted', tone: 'info' },
  awarded: { label: 'Awarded', tone: 'good' },
  not_awarded: { label: 'Not awarded', tone: 'neutral' },
};

/** ISO days of the week, Monday first (1 = Monday … 7 = Sunday), as the standing orders count them. */
export const WEEKDAY: Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', string> = {
  '1': 'Monday',
  '2': 'Tuesday',
  '3': 'Wednesday',
  '4': 'Thursday',
  '5': 'Friday',
  '6': 'Saturday',
  '7': 'Sunday',
};

export const BRAND_KIND: Record<BrandKind, string> = {
  regional_public: 'Regional public brand',
  enterprise: 'Enterprise brand',
  product: 'Product brand',
};

export const BRAND_STATUS: Record<BrandStatus, { label: string; tone: Tone }> = {
  submitted: { label: 'Waiting for admission', tone: 'info' },
  admitted: { label: 'Admitted', tone: 'good' },
  rejected: { label: 'Not admitted', tone: 'bad' },
};

export const FAIR_WINDOW: Record<DockingEventWindow, string> = {
  upcoming: 'Upcoming',
  past: 'Past',
};
