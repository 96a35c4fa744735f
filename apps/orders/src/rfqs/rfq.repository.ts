import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ProductCategory } from '@hb/contracts';
import { createdAtText, type CreationPosition } from '@hb/platform';
import type { QuoteStatus, RfqStatus } from './rfq-status';

export interface Rfq {
  id: string;
  buyerId: string;
  category: ProductCategory;
  quantity: number;
  needBy: string;
  povertyCountiesOnly: boolean;
  note: string | null;
  deliveryAddress: string | null;
  status: RfqStatus;
  awardedQuoteId: string | null;
  orderId: string | null;
  createdAtText: string;
}

export interface Quote {
  id: string;
  rfqId: string;
  producerId: string;
  productId: string;
  unitPriceCents: number;
  quantity: number;
  validUntil: string;
  status: QuoteStatus;
  createdAtText: string;
}

/** A product of the catalog read model, as far as quoting needs it. */
export interface QuotableProduct {
  id: string;
  producerId: string;
  category: ProductCategory | null;
  status: string;
  minOrderQuantity: number;
  unit: string;
  povertyStatus: string | null;
}

const RFQ_COLUMNS = `r.id, r.buyer_id AS "buyerId", r.category, r.quantity, r.need_by AS "needBy",
  r.poverty_counties_only AS "povertyCountiesOnly", r.note, r.delivery_address AS "deliveryAddress",
  r.status, r.awarded_quote_id AS "awardedQuoteId", r.order_id AS "orderId",
  ${createdAtText('r.created_at')} AS "createdAtText"`;

const QUOTE_COLUMNS = `q.id, q.rfq_id AS "rfqId", q.producer_id AS "producerId", q.product_id AS "productId",
  q.unit_price_cents AS "unitPriceCents", q.quantity, q.valid_until AS "validUntil", q.status,
  ${createdAtText('q.created_at')} AS "createdAtText"`;

/**
 * Whether producer $P may see request r: it has a listed product of the request's category (in a key
 * or deep poverty county when the request asks), or it has quoted on it.
 */
const MATCHES_PRODUCER = (producer: string) => `(
  EXISTS (SELECT 1 FROM catalog_products p LEFT JOIN catalog_counties c ON c.code = p.county_code
           WHERE p.producer_id = ${producer} AND p.status = 'listed' AND p.category = r.category
             AND (NOT r.poverty_counties_only OR c.poverty_status IN ('key', 'deep')))
  OR EXISTS (SELECT 1 FROM rfq_quotes mine WHERE mine.rfq_id = r.id AND mine.producer_id = ${producer}))`;

export type RfqAudience =
  { kind: 'everyone' } | { kind: 'buyer'; buyerId: string } | { kind: 'producer'; producerId: string };

/** Every query of requests for quotation and their quotes; each runs in the caller's transaction. */
@Injectable()
export class RfqRepository {
  async insert(
    tx: EntityManager,
    rfq: Omit<Rfq, 'createdAtText' | 'awardedQuoteId' | 'orderId'>,
  ): Promise<Rfq> {
    const [row] = await tx.query<Rfq[]>(
      `INSERT INTO rfqs AS r (id, buyer_id, category, quantity, need_by, poverty_counties_only, note,
                              delivery_address, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING ${RFQ_COLUMNS}`,
      [
        rfq.id,
        rfq.buyerId,
        rfq.category,
        rfq.quantity,
        rfq.needBy,
        rfq.povertyCountiesOnly,
        rfq.note,
        rfq.deliveryAddress,
        rfq.status,
      ],
    );
    return row;
  }

  /** The request if the audience may see it. */
  async findVisible(
    tx: EntityManager,
    id: string,
    audience: RfqAudience,
    { lock = false } = {},
  ): Promise<Rfq | null> {
    const [row] = await tx.query<Rfq[]>(
      `SELECT ${RFQ_COLUMNS} FROM rfqs r WHERE r.id = $1 AND ${this.audienceFilter(audience, '$2')}
       ${lock ? 'FOR UPDATE OF r' : ''}`,
      [id, this.audienceValue(audience)],
    );
    return row ?? null;
  }

  /** Newest first; one query whatever the page size. */
  async page(
    tx: EntityManager,
    audience: RfqAudience,
    filter: { status?: RfqStatus; after?: CreationPosition; limit: number },
  ): Promise<Rfq[]> {
    return tx.query<Rfq[]>(
      `SELECT ${RFQ_COLUMNS} FROM rfqs r
        WHERE ${this.audienceFilter(audience, '$1')}
          AND ($2::text IS NULL OR r.status = $2)
          AND ($3::timestamptz IS NULL OR (r.created_at, r.id) < ($3::timestamptz, $4::uuid))
        ORDER BY r.created_at DESC, r.id DESC
        LIMIT $5`,
      [
        this.audienceValue(audience),
        filter.status ?? null,
        filter.after?.createdAt ?? null,
        filter.after?.id ?? null,
        filter.limit,
      ],
    );
  }

  async award(tx: EntityManager, rfqId: string, quoteId: string, orderId: string): Promise<void> {
    await tx.query(`UPDATE rfqs SET status = 'awarded', awarded_quote_id = $2, order_id = $3 WHERE id = $1`, [
      rfqId,
      quoteId,
      orderId,
    ]);
    await tx.query(
      `UPDATE rfq_quotes SET status = CASE WHEN id = $2 THEN 'awarded' ELSE 'not_awarded' END WHERE rfq_id = $1`,
      [rfqId, quoteId],
    );
  }

  async insertQuote(tx: EntityManager, quote: Omit<Quote, 'createdAtText'>): Promise<Quote> {
    const [row] = await tx.query<Quote[]>(
      `INSERT INTO rfq_quotes AS q (id, rfq_id, producer_id, product_id, unit_price_cents, quantity, valid_until, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       RETURNING ${QUOTE_COLUMNS}`,
      [
        quote.id,
        quote.rfqId,
        quote.producerId,
        quote.productId,
        quote.unitPriceCents,
        quote.quantity,
        quote.validUntil,
        quote.status,
      ],
    );
    return row;
  }

  /** The quotes of a request, oldest first: all of them, or one producer's. */
  async quotesOf(tx: EntityManager, rfqId: string, producerId?: string): Promise<Quote[]> {
    return tx.query<Quote[]>(
      `SELECT ${QUOTE_COLUMNS} FROM rfq_quotes q
        WHERE q.rfq_id = $1 AND ($2::uuid IS NULL OR q.producer_id = $2)
        ORDER BY q.created_at, q.id`,
      [rfqId, producerId ?? null],
    );
  }

  async findQuote(tx: EntityManager, rfqId: string, quoteId: string): Promise<Quote | null> {
    const [row] = await tx.query<Quote[]>(
      `SELECT ${QUOTE_COLUMNS} FROM rfq_quotes q WHERE q.rfq_id = $1 AND q.id = $2`,
      [rfqId, quoteId],
    );
    return row ?? null;
  }

  async quotableProduct(tx: EntityManager, productId: string): Promise<QuotableProduct | null> {
    const [row] = await tx.query<QuotableProduct[]>(
      `SELECT p.id, p.producer_id AS "producerId", p.category, p.status,
              p.min_order_quantity AS "minOrderQuantity", p.unit, c.poverty_status AS "povertyStatus"
         FROM catalog_products p LEFT JOIN catalog_counties c ON c.code = p.county_code
        WHERE p.id = $1`,
      [productId],
    );
    return row ?? null;
  }

  private audienceFilter(audience: RfqAudience, parameter: string): string {
    switch (audience.kind) {
      case 'everyone':
        return `(${parameter}::text IS NULL)`;
      case 'buyer':
        return `r.buyer_id = ${parameter}::text`;
      case 'producer':
        return `(r.status = 'open' OR EXISTS (SELECT 1 FROM rfq_quotes own WHERE own.rfq_id = r.id AND own.producer_id = ${parameter}::uuid))
                AND ${MATCHES_PRODUCER(`${parameter}::uuid`)}`;
    }
  }

  private audienceValue(audience: RfqAudience): string | null {
    if (audience.kind === 'buyer') return audience.buyerId;
    if (audience.kind === 'producer') return audience.producerId;
    return null;
  }
}
