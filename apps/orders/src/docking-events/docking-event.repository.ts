import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PovertyStatus } from '@hb/contracts';
import { createdAtText, type CreationPosition } from '@hb/platform';
import type { PriceTierValue } from '../catalog-view/catalog-product.entity';
import type { CountyReportRow, DockingEvent, Exhibitor, PurchaseIntent } from './docking-event.entity';

export type DockingEventWindow = 'upcoming' | 'past';

/** A producer as the catalog read model knows it: the county of its products. */
export interface KnownProducer {
  producerId: string;
  countyCode: string;
  countyName: string;
  povertyStatus: PovertyStatus | null;
}

/** A product of the catalog read model, as far as an intent needs it. */
export interface IntendedProduct {
  id: string;
  producerId: string;
  countyCode: string;
  priceTiers: PriceTierValue[];
}

/** Who sees which intents of a fair; the report rows follow the same county rule. */
export type IntentAudience =
  | { kind: 'everyone' }
  | { kind: 'buyer'; buyerId: string }
  | { kind: 'producer'; producerId: string }
  | { kind: 'county'; countyCode: string };

const EVENT_COLUMNS = `e.id, e.name, e.city, e.starts_on AS "startsOn", e.ends_on AS "endsOn",
  e.booth_fee_cents::float8 AS "boothFeeCents", ${createdAtText('e.created_at')} AS "createdAtText"`;

const EXHIBITOR_COLUMNS = `x.event_id AS "eventId", x.producer_id AS "producerId", x.county_code AS "countyCode",
  COALESCE(c.name, x.county_code) AS "countyName", x.poverty_status AS "povertyStatus",
  x.full_booth_fee_cents::float8 AS "fullBoothFeeCents", x.reduction_percent AS "reductionPercent",
  x.reduction_cents::float8 AS "reductionCents", ${createdAtText('x.registered_at')} AS "registeredAtText"`;

const INTENT_COLUMNS = `i.id, i.event_id AS "eventId", i.buyer_id AS "buyerId", i.product_id AS "productId",
  i.producer_id AS "producerId", i.county_code AS "countyCode", i.quantity,
  i.unit_price_cents::float8 AS "unitPriceCents", i.note, i.delivery_address AS "deliveryAddress",
  i.order_id AS "orderId", ${createdAtText('i.created_at')} AS "createdAtText"`;

/** Every query of docking fairs, their exhibitors and intents; each runs in the caller's transaction. */
@Injectable()
export class DockingEventRepository {
  async insert(tx: EntityManager, event: Omit<DockingEvent, 'createdAtText'>): Promise<DockingEvent> {
    const [row] = await tx.query<DockingEvent[]>(
      `INSERT INTO docking_events AS e (id, name, city, starts_on, ends_on, booth_fee_cents)
       VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${EVENT_COLUMNS}`,
      [event.id, event.name, event.city, event.startsOn, event.endsOn, event.boothFeeCents],
    );
    return row;
  }

  async find(tx: EntityManager, id: string): Promise<DockingEvent | null> {
    const [row] = await tx.query<DockingEvent[]>(
      `SELECT ${EVENT_COLUMNS} FROM docking_events e WHERE e.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /**
   * Upcoming fairs (not ended by `today`) soonest first; past ones, and all when no window is asked,
   * latest first. Keyed by (startsOn, id).
   */
  async page(
    tx: EntityManager,
    filter: {
      window?: DockingEventWindow;
      today: string;
      after?: { startsOn: string; id: string };
      limit: number;
    },
  ): Promise<DockingEvent[]> {
    const ascending = filter.window === 'upcoming';
    return tx.query<DockingEvent[]>(
      `SELECT ${EVENT_COLUMNS} FROM docking_events e
        WHERE ($1::text IS NULL OR ($1 = 'upcoming' AND e.ends_on >= $2::date) OR ($1 = 'past' AND e.ends_on < $2::date))
          AND ($3::date IS NULL OR (e.starts_on, e.id) ${ascending ? '>' : '<'} ($3::date, $4::uuid))
        ORDER BY e.starts_on ${ascending ? 'ASC' : 'DESC'}, e.id ${ascending ? 'ASC' : 'DESC'}
        LIMIT $5`,
      [
        filter.window ?? null,
        filter.today,
        filter.after?.startsOn ?? null,
        filter.after?.id ?? null,
        filter.limit,
      ],
    );
  }

  /** The county of a producer's products (the most recently announced one), or null for a producer catalog never listed. */
  async knownProducer(tx: EntityManager, producerId: string): Promise<KnownProducer | null> {
    const [row] = await tx.query<KnownProducer[]>(
      `SELECT p.producer_id AS "producerId", p.county_code AS "countyCode",
              COALESCE(c.name, p.county_code) AS "countyName", c.poverty_status AS "povertyStatus"
         FROM catalog_products p LEFT JOIN catalog_counties c ON c.code = p.county_code
        WHERE p.producer_id = $1
        ORDER BY p.updated_at DESC, p.id
        LIMIT 1`,
      [producerId],
    );
    return row ?? null;
  }

  /** Registers the booth unless the producer has one already (false then). */
  async insertExhibitor(
    tx: EntityManager,
    exhibitor: Omit<Exhibitor, 'registeredAtText' | 'countyName'>,
  ): Promise<boolean> {
    const inserted = await tx.query<unknown[]>(
      `INSERT INTO docking_exhibitors (event_id, producer_id, county_code, poverty_status, full_booth_fee_cents,
                                       reduction_percent, reduction_cents)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (event_id, producer_id) DO NOTHING
       RETURNING 1`,
      [
        exhibitor.eventId,
        exhibitor.producerId,
        exhibitor.countyCode,
        exhibitor.povertyStatus,
        exhibitor.fullBoothFeeCents,
        exhibitor.reductionPercent,
        exhibitor.reductionCents,
      ],
    );
    return inserted.length > 0;
  }

  async findExhibitor(tx: EntityManager, eventId: string, producerId: string): Promise<Exhibitor | null> {
    const [row] = await tx.query<Exhibitor[]>(
      `SELECT ${EXHIBITOR_COLUMNS} FROM docking_exhibitors x LEFT JOIN catalog_counties c ON c.code = x.county_code
        WHERE x.event_id = $1 AND x.producer_id = $2`,
      [eventId, producerId],
    );
    return row ?? null;
  }

  /** The exhibitors of a fair in the order they registered. */
  async exhibitors(
    tx: EntityManager,
    eventId: string,
    filter: { after?: CreationPosition; limit: number },
  ): Promise<Exhibitor[]> {
    return tx.query<Exhibitor[]>(
      `SELECT ${EXHIBITOR_COLUMNS} FROM docking_exhibitors x LEFT JOIN catalog_counties c ON c.code = x.county_code
        WHERE x.event_id = $1
          AND ($2::timestamptz IS NULL OR (x.registered_at, x.producer_id) > ($2::timestamptz, $3::uuid))
        ORDER BY x.registered_at, x.producer_id
        LIMIT $4`,
      [eventId, filter.after?.createdAt ?? null, filter.after?.id ?? null, filter.limit],
    );
  }

  async intendedProduct(tx: EntityManager, productId: string): Promise<IntendedProduct | null> {
    const [row] = await tx.query<IntendedProduct[]>(
      `SELECT id, producer_id AS "producerId", county_code AS "countyCode", price_tiers AS "priceTiers"
         FROM catalog_products WHERE id = $1`,
      [productId],
    );
    return row ?? null;
  }

  async insertIntent(
    tx: EntityManager,
    intent: Omit<PurchaseIntent, 'createdAtText' | 'orderId'>,
  ): Promise<PurchaseIntent> {
    const [row] = await tx.query<PurchaseIntent[]>(
      `INSERT INTO docking_intents AS i (id, event_id, buyer_id, product_id, producer_id, county_code, quantity,
                                         unit_price_cents, note, delivery_address)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       RETURNING ${INTENT_COLUMNS}`,
      [
        intent.id,
        intent.eventId,
        intent.buyerId,
        intent.productId,
        intent.producerId,
        intent.countyCode,
        intent.quantity,
        intent.unitPriceCents,
        intent.note,
        intent.deliveryAddress,
      ],
    );
    return row;
  }

  /** A buyer's own intent, locked while it becomes an order. */
  async lockBuyersIntent(tx: EntityManager, id: string, buyerId: string): Promise<PurchaseIntent | null> {
    const [row] = await tx.query<PurchaseIntent[]>(
      `SELECT ${INTENT_COLUMNS} FROM docking_intents i WHERE i.id = $1 AND i.buyer_id = $2 FOR UPDATE`,
      [id, buyerId],
    );
    return row ?? null;
  }

  async linkOrder(tx: EntityManager, intentId: string, orderId: string): Promise<void> {
    await tx.query(`UPDATE docking_intents SET order_id = $2 WHERE id = $1`, [intentId, orderId]);
  }

  /** The intents of a fair the audience may see, oldest first. */
  async intents(
    tx: EntityManager,
    eventId: string,
    audience: IntentAudience,
    filter: { after?: CreationPosition; limit: number },
  ): Promise<PurchaseIntent[]> {
    return tx.query<PurchaseIntent[]>(
      `SELECT ${INTENT_COLUMNS} FROM docking_intents i
        WHERE i.event_id = $1 AND ${this.audienceFilter(audience, '$2')}
          AND ($3::timestamptz IS NULL OR (i.created_at, i.id) > ($3::timestamptz, $4::uuid))
        ORDER BY i.created_at, i.id
        LIMIT $5`,
      [
        eventId,
        this.audienceValue(audience),
        filter.after?.createdAt ?? null,
        filter.after?.id ?? null,
        filter.limit,
      ],
    );
  }

  /**
   * A fair by county: its exhibitors; the intents recorded (valued at their recorded price); the
   * orders placed from them (their lines for the intended product); and the relief the ledger
   * recorded when those lines were accepted, net of reversals. Only `countyCode`'s row when given.
   */
  async report(tx: EntityManager, eventId: string, countyCode: string | null): Promise<CountyReportRow[]> {
    return tx.query<CountyReportRow[]>(
      `WITH exhibitors AS (
         SELECT county_code, count(*) AS n FROM docking_exhibitors WHERE event_id = $1 GROUP BY county_code
       ), intents AS (
         SELECT county_code, count(*) AS n, sum(quantity) AS quantity, sum(quantity * unit_price_cents) AS cents
           FROM docking_intents WHERE event_id = $1 GROUP BY county_code
       ), ordered AS (
         SELECT i.county_code, count(DISTINCT i.order_id) AS n, sum(l.quantity) AS quantity,
                sum(l.line_total_cents) AS cents
           FROM docking_intents i JOIN order_lines l ON l.order_id = i.order_id AND l.product_id = i.product_id
          WHERE i.event_id = $1 GROUP BY i.county_code
       ), relief AS (
         SELECT i.county_code, sum(r.quantity) AS quantity, sum(r.amount_cents) AS cents
           FROM docking_intents i JOIN relief_entries r ON r.order_id = i.order_id AND r.product_id = i.product_id
          WHERE i.event_id = $1 GROUP BY i.county_code
       ), counties AS (
         SELECT county_code FROM exhibitors UNION SELECT county_code FROM intents
       )
       SELECT k.county_code AS "countyCode", COALESCE(c.name, k.county_code) AS "countyName",
              c.poverty_status AS "povertyStatus",
              COALESCE(x.n, 0)::float8 AS exhibitors,
              COALESCE(i.n, 0)::float8 AS intents, COALESCE(i.quantity, 0)::float8 AS "intentQuantity",
              COALESCE(i.cents, 0)::float8 AS "intentCents",
              COALESCE(o.n, 0)::float8 AS orders, COALESCE(o.quantity, 0)::float8 AS "orderQuantity",
              COALESCE(o.cents, 0)::float8 AS "orderCents",
              COALESCE(r.quantity, 0)::float8 AS "acceptedReliefQuantity",
              COALESCE(r.cents, 0)::float8 AS "acceptedReliefCents"
         FROM counties k
         LEFT JOIN catalog_counties c ON c.code = k.county_code
         LEFT JOIN exhibitors x ON x.county_code = k.county_code
         LEFT JOIN intents i ON i.county_code = k.county_code
         LEFT JOIN ordered o ON o.county_code = k.county_code
         LEFT JOIN relief r ON r.county_code = k.county_code
        WHERE $2::text IS NULL OR k.county_code = $2::char(6)
        ORDER BY k.county_code`,
      [eventId, countyCode],
    );
  }

  private audienceFilter(audience: IntentAudience, parameter: string): string {
    switch (audience.kind) {
      case 'everyone':
        return `(${parameter}::text IS NULL)`;
      case 'buyer':
        return `i.buyer_id = ${parameter}::text`;
      case 'producer':
        return `i.producer_id::text = ${parameter}::text`;
      case 'county':
        return `i.county_code = ${parameter}::char(6)`;
    }
  }

  private audienceValue(audience: IntentAudience): string | null {
    switch (audience.kind) {
      case 'everyone':
        return null;
      case 'buyer':
        return audience.buyerId;
      case 'producer':
        return audience.producerId;
      case 'county':
        return audience.countyCode;
    }
  }
}
