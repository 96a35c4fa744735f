import type { PovertyStatus } from '@hb/contracts';

/** A production–marketing docking fair (table docking_events). */
export interface DockingEvent {
  id: string;
  name: string;
  city: string;
  startsOn: string;
  endsOn: string;
  boothFeeCents: number;
  createdAtText: string;
}

/**
 * A producer's booth at a fair (docking_exhibitors): its county and poverty status when it registered,
 * and the fee reduction decided then, so a later change of status does not rewrite what was charged.
 */
export interface Exhibitor {
  eventId: string;
  producerId: string;
  countyCode: string;
  /** From the catalog read model at reading time; the code when catalog never announced the county. */
  countyName: string;
  povertyStatus: PovertyStatus | null;
  fullBoothFeeCents: number;
  reductionPercent: number;
  reductionCents: number;
  registeredAtText: string;
}

/**
 * What a buyer said it would buy at a fair (docking_intents), priced from the tiers in force when it
 * was recorded, and the order it became (null until then).
 */
export interface PurchaseIntent {
  id: string;
  eventId: string;
  buyerId: string;
  productId: string;
  producerId: string;
  countyCode: string;
  quantity: number;
  unitPriceCents: number;
  note: string | null;
  deliveryAddress: string | null;
  orderId: string | null;
  createdAtText: string;
}

/** One county's line of a fair's report. */
export interface CountyReportRow {
  countyCode: string;
  countyName: string;
  povertyStatus: PovertyStatus | null;
  exhibitors: number;
  intents: number;
  intentQuantity: number;
  intentCents: number;
  orders: number;
  orderQuantity: number;
  orderCents: number;
  acceptedReliefQuantity: number;
  acceptedReliefCents: number;
}
