import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  CertificateData,
  EmergencySaleClosedData,
  EmergencySaleOpenedData,
  LotAddedData,
  LotExpiredData,
  OrderCompletedData,
  OrderDisputedData,
  OrderPlacedData,
  ProducerSnapshot,
  ProductSnapshot,
  ShipmentDeliveredData,
  StockLevelData,
  StockReservationRejectedData,
} from '@hb/contracts';
import { NOTHING_TOUCHED, type Touched } from './touched';

/** An order's acceptance: the lines its map leaves out are accepted whole. */
export interface Acceptance {
  readonly orderId: string;
  readonly accepted: ReadonlyMap<string, { quantity: number; refundCents: number }>;
  readonly at: string;
}

interface Market {
  countyCode: string;
  category: string;
  producerId: string;
}

/**
 * All writes of the read model. Every write is idempotent and tolerates the order in which events
 * of different topics arrive (a replay from the beginning interleaves topics differently than the
 * live stream did): products by version, lines filled in with their product whenever it arrives.
 */
@Injectable()
export class ReadModelRepository {
  async upsertProducer(tx: EntityManager, producer: ProducerSnapshot, at: string): Promise<Touched> {
    await tx.query(
      `INSERT INTO producers (id, county_code, first_seen) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET county_code = EXCLUDED.county_code,
         first_seen = LEAST(producers.first_seen, EXCLUDED.first_seen)`,
      [producer.id, producer.countyCode, at],
    );
    return { ...NOTHING_TOUCHED, producers: [producer.id] };
  }

  async upsertProduct(tx: EntityManager, product: ProductSnapshot, at: string): Promise<Touched> {
    await this.lockProducts(tx, [product.id]);
    const lowest = Math.min(...product.priceTiers.map((tier) => tier.unitPriceCents));
    await tx.query(
      `INSERT INTO products (id, producer_id, county_code, category, status, lowest_unit_price_cents, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (id) DO UPDATE SET producer_id = EXCLUDED.producer_id, county_code = EXCLUDED.county_code,
         category = EXCLUDED.category, status = EXCLUDED.status,
         lowest_unit_price_cents = EXCLUDED.lowest_unit_price_cents, version = EXCLUDED.version
       WHERE products.version < EXCLUDED.version`,
      [
        product.id,
        product.producerId,
        product.countyCode,
        product.category,
        product.status,
        lowest,
        product.version,
      ],
    );
    await tx.query(
      `INSERT INTO product_statuses (product_id, version, status, at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [product.id, product.version, product.status, at],
    );
    const [filledIn] = await tx.query<[unknown[], number]>(
      `UPDATE order_lines SET category = $2, county_code = $3 WHERE product_id = $1 AND category IS NULL
       RETURNING 1`,
      [product.id, product.category, product.countyCode],
    );
    return {
      markets: [{ countyCode: product.countyCode, category: product.category }],
      // Lines that arrived before their product now count in the category's accepted prices.
      categories: filledIn.length > 0 ? [product.category] : [],
      products: [product.id],
      producers: [product.producerId],
    };
  }

  /**
   * Orders placed and orders accepted, in the order one by one would apply them: each line placed
   * (where two name the same line, the first stays), then each acceptance (an order accepted twice
   * keeps its first; a line is accepted once). A line placed by this call whose order this call also
   * accepts is written accepted at once: one write of the line instead of an insert and an update.
   * The acceptances then go to the lines written before (lines already accepted are left alone).
   * Lines in one statement (and one for their product locks), acceptances in another.
   */
  async recordOrders(
    tx: EntityManager,
    orders: readonly OrderPlacedData[],
    acceptances: readonly Acceptance[],
  ): Promise<void> {
    const first = [...new Map([...acceptances].reverse().map((a) => [a.orderId.toLowerCase(), a])).values()];
    const acceptanceOf = new Map(first.map((a) => [a.orderId.toLowerCase(), a]));
    await this.recordOrdersPlaced(tx, orders, acceptanceOf);
    await this.recordAcceptances(tx, first);
  }

  private async recordOrdersPlaced(
    tx: EntityManager,
    orders: readonly OrderPlacedData[],
    acceptanceOf: ReadonlyMap<string, Acceptance>,
  ): Promise<void> {
    if (orders.length === 0) return;
    const lines = orders.flatMap((order) =>
      order.lines.map((line) => {
        const acceptance = acceptanceOf.get(order.orderId.toLowerCase());
        if (!acceptance) return { order, line, accepted: null };
        const partly = [...acceptance.accepted].find(
          ([productId]) => productId.toLowerCase() === line.productId.toLowerCase(),
        )?.[1];
        return {
          order,
          line,
          accepted: {
            quantity: partly?.quantity ?? line.quantity,
            refundCents: partly?.refundCents ?? 0,
            at: acceptance.at,
          },
        };
      }),
    );
    await this.lockProducts(
      tx,
      lines.map(({ line }) => line.productId),
      'shared',
    );
    await tx.query(
      `INSERT INTO order_lines (order_id, product_id, buyer_id, category, county_code, quantity, unit_price_cents, placed_at,
                                accepted_quantity, accepted_cents, refund_cents, accepted_at)
       SELECT line.order_id, line.product_id, line.buyer_id, p.category, p.county_code, line.quantity,
              line.unit_price_cents, line.placed_at,
              line.accepted_quantity, line.accepted_quantity::bigint * line.unit_price_cents,
              COALESCE(line.refund_cents, 0), line.accepted_at
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::int[], $6::timestamptz[],
                     $7::int[], $8::bigint[], $9::timestamptz[])
              WITH ORDINALITY AS line(order_id, product_id, buyer_id, quantity, unit_price_cents, placed_at,
                                      accepted_quantity, refund_cents, accepted_at, n)
         LEFT JOIN products p ON p.id = line.product_id
        ORDER BY line.n
       ON CONFLICT DO NOTHING`,
      [
        lines.map(({ order }) => order.orderId),
        lines.map(({ line }) => line.productId),
        lines.map(({ order }) => order.buyerId),
        lines.map(({ line }) => line.quantity),
        lines.map(({ line }) => line.unitPriceCents),
        lines.map(({ order }) => order.placedAt),
        lines.map(({ accepted }) => accepted?.quantity ?? null),
        lines.map(({ accepted }) => accepted?.refundCents ?? null),
        lines.map(({ accepted }) => accepted?.at ?? null),
      ],
    );
  }

  /** The first acceptance of each order (`first`), in one statement. Lines left out of an order's map are accepted whole. */
  private async recordAcceptances(tx: EntityManager, first: readonly Acceptance[]): Promise<void> {
    if (first.length === 0) return;
    const lines = first.flatMap(({ orderId, accepted }) =>
      [...accepted].map(([productId, line]) => ({ orderId, productId, ...line })),
    );
    await tx.query(
      `WITH accepted AS (
         SELECT * FROM unnest($3::uuid[], $4::uuid[], $5::int[], $6::bigint[]) AS a(order_id, product_id, quantity, refund_cents)
       )
       UPDATE order_lines l
          SET accepted_quantity = COALESCE((SELECT quantity FROM accepted a
                                             WHERE a.order_id = l.order_id AND a.product_id = l.product_id), l.quantity),
              accepted_cents = COALESCE((SELECT quantity FROM accepted a
                                          WHERE a.order_id = l.order_id AND a.product_id = l.product_id), l.quantity)::bigint
                               * l.unit_price_cents,
              refund_cents = COALESCE((SELECT refund_cents FROM accepted a
                                        WHERE a.order_id = l.order_id AND a.product_id = l.product_id), 0),
              accepted_at = o.at
         FROM unnest($1::uuid[], $2::timestamptz[]) AS o(order_id, at)
        WHERE l.order_id = o.order_id AND l.accepted_at IS NULL`,
      [
        first.map((a) => a.orderId),
        first.map((a) => a.at),
        lines.map((line) => line.orderId),
        lines.map((line) => line.productId),
        lines.map((line) => line.quantity),
        lines.map((line) => line.refundCents),
      ],
    );
  }

  /**
   * What orders placed and orders accepted touched: the markets of their lines; and for the accepted,
   * the categories (reference prices) and producers (risk) of their lines too.
   */
  async touchedByOrders(
    tx: EntityManager,
    placed: readonly string[],
    accepted: readonly string[],
  ): Promise<Touched> {
    if (placed.length + accepted.length === 0) return NOTHING_TOUCHED;
    const rows = await tx.query<
      { county_code: string; category: string; producer_id: string; accepted: boolean }[]
    >(
      `SELECT DISTINCT p.county_code, p.category, p.producer_id, l.order_id = ANY($2::uuid[]) AS accepted
         FROM order_lines l JOIN products p ON p.id = l.product_id
        WHERE l.order_id = ANY($1::uuid[]) OR l.order_id = ANY($2::uuid[])`,
      [placed, accepted],
    );
    const ofAccepted = rows.filter((row) => row.accepted);
    return {
      markets: rows.map((row) => ({ countyCode: row.county_code, category: row.category })),
      categories: [...new Set(ofAccepted.map((row) => row.category))],
      products: [],
      producers: [...new Set(ofAccepted.map((row) => row.producer_id))],
    };
  }

  /** Lines left out of the map are accepted whole (OrderCompleted without lines, OrderDisputed's undisputed lines). */
  acceptanceOf(
    order: OrderCompletedData | OrderDisputedData,
  ): Map<string, { quantity: number; refundCents: number }> {
    const accepted = new Map<string, { quantity: number; refundCents: number }>();
    for (const line of order.lines ?? []) {
      accepted.set(line.productId, {
        quantity: line.acceptedQuantity,
        refundCents: 'refundCents' in line ? Number(line.refundCents) : 0,
      });
    }
    return accepted;
  }

  async recordReservationRejected(
    tx: EntityManager,
    rejection: StockReservationRejectedData,
    at: string,
  ): Promise<Touched> {
    const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const insufficient = rejection.reasons
      .filter((reason) => reason.reason === 'insufficient' && UUID.test(reason.productId))
      .map((reason) => reason.productId);
    if (insufficient.length === 0) return NOTHING_TOUCHED;
    await tx.query(
      `INSERT INTO reservation_rejections (order_id, product_id, at)
       SELECT $1, product_id, $3 FROM unnest($2::uuid[]) AS product_id ON CONFLICT DO NOTHING`,
      [rejection.orderId, insufficient, at],
    );
    const producers = await tx.query<{ producer_id: string }[]>(
      `SELECT DISTINCT producer_id FROM products WHERE id = ANY($1::uuid[])`,
      [insufficient],
    );
    return { ...NOTHING_TOUCHED, producers: producers.map((row) => row.producer_id) };
  }

  async recordLotAdded(tx: EntityManager, lot: LotAddedData, at: string): Promise<Touched> {
    await tx.query(
      `INSERT INTO lots (lot_id, product_id, producer_id, quantity, expires_on, added_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (lot_id) DO NOTHING`,
      [lot.lotId, lot.productId, lot.producerId, lot.quantity, lot.expiresOn, at],
    );
    return this.touchedByStock(lot);
  }

  async recordLotExpired(tx: EntityManager, lot: LotExpiredData, at: string): Promise<Touched> {
    await tx.query(
      `INSERT INTO lots (lot_id, product_id, producer_id, quantity, expires_on, added_at, quantity_left, expired_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $6)
       ON CONFLICT (lot_id) DO UPDATE SET quantity_left = EXCLUDED.quantity_left, expired_at = EXCLUDED.expired_at`,
      [lot.lotId, lot.productId, lot.producerId, lot.quantity, lot.expiresOn, at, lot.quantityLeft],
    );
    return this.touchedByStock(lot);
  }

  async recordStockLevel(tx: EntityManager, level: StockLevelData, at: string): Promise<Touched> {
    await tx.query(
      `INSERT INTO stock_levels (product_id, at, available, lots) VALUES ($1, $2, $3, $4::jsonb)
       ON CONFLICT (product_id, at) DO UPDATE SET available = EXCLUDED.available, lots = EXCLUDED.lots`,
      [level.productId, at, level.available, JSON.stringify(level.lots)],
    );
    return this.touchedByStock(level);
  }

  async recordSaleOpened(tx: EntityManager, sale: EmergencySaleOpenedData): Promise<Touched> {
    await tx.query(
      `INSERT INTO emergency_sales (sale_id, product_id, quantity, ends_at, opened_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (sale_id) DO UPDATE SET quantity = EXCLUDED.quantity, ends_at = EXCLUDED.ends_at,
         opened_at = EXCLUDED.opened_at`,
      [sale.saleId, sale.productId, sale.quantity, sale.endsAt, sale.openedAt],
    );
    return { ...NOTHING_TOUCHED, products: [sale.productId] };
  }

  async recordSaleClosed(tx: EntityManager, sale: EmergencySaleClosedData): Promise<Touched> {
    await tx.query(
      `INSERT INTO emergency_sales (sale_id, product_id, closed_at) VALUES ($1, $2, $3)
       ON CONFLICT (sale_id) DO UPDATE SET closed_at = EXCLUDED.closed_at`,
      [sale.saleId, sale.productId, sale.closedAt],
    );
    return { ...NOTHING_TOUCHED, products: [sale.productId] };
  }

  async recordDelivery(tx: EntityManager, delivery: ShipmentDeliveredData, at: string): Promise<Touched> {
    await tx.query(
      `INSERT INTO deliveries (shipment_id, producer_id, verdict, delivered_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (shipment_id) DO NOTHING`,
      [delivery.shipmentId, delivery.producerId, delivery.coldChainVerdict, delivery.at ?? at],
    );
    return { ...NOTHING_TOUCHED, producers: [delivery.producerId] };
  }

  async recordCertificate(
    tx: EntityManager,
    certificate: CertificateData,
    status: 'active' | 'suspended' | 'revoked' | 'expired',
    at: string,
  ): Promise<Touched> {
    await tx.query(
      `INSERT INTO certificates (number, holder_id, status, as_of) VALUES ($1, $2, $3, $4)
       ON CONFLICT (number) DO UPDATE SET status = EXCLUDED.status, as_of = EXCLUDED.as_of
       WHERE certificates.as_of <= EXCLUDED.as_of`,
      [certificate.number, certificate.holderId, status, at],
    );
    return { ...NOTHING_TOUCHED, producers: [certificate.holderId] };
  }

  /**
   * Serialises a product's snapshot with the order lines that name it: a line inserted while its
   * product arrives on another partition would otherwise miss the product's category for good. A
   * snapshot takes its product's lock alone (`exclusive`); lines take it `shared`, so batches of
   * orders on different partitions write their lines side by side and wait only for snapshots.
   */
  async lockProducts(
    tx: EntityManager,
    productIds: readonly string[],
    mode: 'exclusive' | 'shared' = 'exclusive',
  ): Promise<void> {
    // Lower case: an id is one product however it is spelt, and the order is the same in every batch.
    const ids = [...new Set(productIds.map((id) => id.toLowerCase()))].sort();
    if (ids.length === 0) return;
    await tx.query(
      `SELECT ${mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock'}(hashtext('product:' || id))
         FROM unnest($1::text[]) WITH ORDINALITY AS p(id, n) ORDER BY n`,
      [ids],
    );
  }

  private touchedByStock(stock: Market & { productId: string }): Touched {
    return {
      markets: [],
      categories: [],
      products: [stock.productId],
      producers: [stock.producerId],
    };
  }
}
