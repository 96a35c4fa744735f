import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { ColdChainProfile, ColdChainVerdict, OrderStatus } from '@hb/contracts';
import type { SqlStatement } from '@hb/messaging';
import { createdAtText, creationPosition, pageOf, preparedQuery, type Page } from '@hb/platform';
import { lotLocks } from '../recalls/order-lots.repository';
import { OrderLine } from './order-line.entity';
import { OrderShipment } from './order-shipment.entity';
import { Order } from './order.entity';

/** Which orders a page shows; `buyerId` null shows every buyer's (an administrator). */
export interface OrderFilter {
  readonly buyerId: string | null;
  readonly status?: OrderStatus;
  /** Only orders a harvest lot was reserved for. */
  readonly lotId?: string;
}

/** An order with its lines (by line number) and its shipments (by shipment id). */
export interface LoadedOrder {
  readonly order: Order;
  readonly lines: OrderLine[];
  readonly shipments: OrderShipment[];
}

/** What confirming an order passes on about each product of its lines (orders' copy of the catalog). */
export interface LineProduct {
  readonly coldChainProfile: ColdChainProfile;
  readonly gtin: string | null;
}

interface OrderRow {
  id: string;
  buyer_id: string;
  status: OrderStatus;
  delivery_address: string;
  requested_delivery_date: string;
  total_cents: number;
  refund_cents: number;
  rejection_reasons: Order['rejectionReasons'];
  cancel_reason: string | null;
  placed_at: Date;
  delivered_at: Date | null;
  accepted_at: Date | null;
  settled_by: Order['settledBy'];
  resolution: Order['resolution'];
  resolution_note: string | null;
  resolved_at: Date | null;
  updated_at: Date;
  /** The lines as `to_json` renders them (numbers as numbers; no timestamp among them). */
  lines: {
    order_id: string;
    line_no: number;
    product_id: string;
    producer_id: string;
    county_code: string;
    quantity: number;
    unit_price_cents: number;
    line_total_cents: number;
    relief_eligible: boolean;
    accepted_quantity: number | null;
    cold_chain_verdict: ColdChainVerdict | null;
    override_reason: string | null;
    emergency_sale_id: string | null;
    recalled_quantity: number;
  }[];
  products: { id: string; cold_chain_profile: ColdChainProfile; gtin: string | null }[] | null;
}

// Named prepared statements (see preparedQuery): each name stands for its text alone.
const LOCK_ORDER = `
  WITH lots AS MATERIALIZED (${lotLocks('$2')})
  SELECT id FROM orders WHERE id = $1 AND (SELECT locked FROM lots) >= 0 FOR UPDATE`;

const ORDER_WITH_LINES = `
  SELECT o.id, o.buyer_id, o.status, o.delivery_address, o.requested_delivery_date, o.total_cents,
         o.refund_cents, o.rejection_reasons, o.cancel_reason, o.placed_at, o.delivered_at, o.accepted_at,
         o.settled_by, o.resolution, o.resolution_note, o.resolved_at, o.updated_at,
         (SELECT COALESCE(json_agg(l ORDER BY l.line_no), '[]') FROM order_lines l WHERE l.order_id = o.id) AS lines,
         CASE WHEN $2 THEN
           (SELECT COALESCE(json_agg(json_build_object('id', p.id, 'cold_chain_profile', p.cold_chain_profile, 'gtin', p.gtin)), '[]')
              FROM catalog_products p WHERE p.id IN (SELECT product_id FROM order_lines WHERE order_id = o.id))
         END AS products
    FROM orders o WHERE o.id = $1`;

function orderOf(row: OrderRow): Order {
  const order = Object.assign(new Order(), {
    id: row.id,
    buyerId: row.buyer_id,
    status: row.status,
    deliveryAddress: row.delivery_address,
    requestedDeliveryDate: row.requested_delivery_date,
    totalCents: row.total_cents,
    refundCents: row.refund_cents,
    rejectionReasons: row.rejection_reasons,
    cancelReason: row.cancel_reason,
    placedAt: row.placed_at,
    deliveredAt: row.delivered_at,
    acceptedAt: row.accepted_at,
    settledBy: row.settled_by,
    resolution: row.resolution,
    resolutionNote: row.resolution_note,
    resolvedAt: row.resolved_at,
    updatedAt: row.updated_at,
  });
  order.lines = row.lines.map((line) =>
    Object.assign(new OrderLine(), {
      orderId: line.order_id,
      lineNo: line.line_no,
      productId: line.product_id,
      producerId: line.producer_id,
      countyCode: line.county_code,
      quantity: line.quantity,
      unitPriceCents: line.unit_price_cents,
      lineTotalCents: line.line_total_cents,
      reliefEligible: line.relief_eligible,
      acceptedQuantity: line.accepted_quantity,
      coldChainVerdict: line.cold_chain_verdict,
      overrideReason: line.override_reason,
      emergencySaleId: line.emergency_sale_id,
      recalledQuantity: line.recalled_quantity,
    }),
  );
  return order;
}

/** The columns of an order that its moves change. */
export type OrderChanges = Partial<
  Pick<
    Order,
    | 'status'
    | 'rejectionReasons'
    | 'cancelReason'
    | 'refundCents'
    | 'deliveredAt'
    | 'acceptedAt'
    | 'settledBy'
    | 'resolution'
    | 'resolutionNote'
    | 'resolvedAt'
  >
>;

const CHANGEABLE: Readonly<Record<keyof OrderChanges, { column: string; json?: true }>> = {
  status: { column: 'status' },
  rejectionReasons: { column: 'rejection_reasons', json: true },
  cancelReason: { column: 'cancel_reason' },
  refundCents: { column: 'refund_cents' },
  deliveredAt: { column: 'delivered_at' },
  acceptedAt: { column: 'accepted_at' },
  settledBy: { column: 'settled_by' },
  resolution: { column: 'resolution' },
  resolutionNote: { column: 'resolution_note' },
  resolvedAt: { column: 'resolved_at' },
};

/** Orders with their lines and shipments; every statement runs in the caller's transaction. */
@Injectable()
export class OrderRepository {
  /**
   * Locks the order's row for the rest of the transaction, after the locks of `lotIds` when given
   * (the lots first, as a recall takes them: see OrderLotsRepository.lockLots), in one round trip;
   * false for an unknown order. Read the order after this, not in the same statement: a statement
   * that waited for the lock still sees what the holder changed in other rows as it was before.
   */
  async lock(tx: EntityManager, orderId: string, lotIds: readonly string[] = []): Promise<boolean> {
    const rows = await preparedQuery<{ id: string }>(tx, 'orders_lock', LOCK_ORDER, [orderId, lotIds]);
    return rows.length > 0;
  }

  /**
   * The order with its lines by line number and, with `withProducts`, orders' copy of their products
   * (absent for a product it never had): one round trip.
   */
  async withLines(
    tx: EntityManager,
    orderId: string,
    { withProducts = false } = {},
  ): Promise<{ order: Order; products: Map<string, LineProduct> } | null> {
    const [row] = await preparedQuery<OrderRow>(tx, 'orders_with_lines', ORDER_WITH_LINES, [
      orderId,
      withProducts,
    ]);
    if (!row) return null;
    return {
      order: orderOf(row),
      products: new Map(
        (row.products ?? []).map((product) => [
          product.id,
          { coldChainProfile: product.cold_chain_profile, gtin: product.gtin },
        ]),
      ),
    };
  }

  /**
   * Newest first, keyset on (placed_at, id): one query for the orders, then one for the lines and one
   * for the shipments of the whole page, whatever its size.
   */
  async page(
    tx: EntityManager,
    filter: OrderFilter,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<LoadedOrder>> {
    const builder = tx
      .createQueryBuilder(Order, 'o')
      .addSelect(createdAtText('o.placed_at'), 'position')
      .orderBy('o.placed_at', 'DESC')
      .addOrderBy('o.id', 'DESC')
      .limit(limit + 1);
    if (filter.buyerId !== null) builder.andWhere('o.buyer_id = :buyer', { buyer: filter.buyerId });
    if (filter.status) builder.andWhere('o.status = :status', { status: filter.status });
    if (filter.lotId)
      builder.andWhere('o.id IN (SELECT oll.order_id FROM order_line_lots oll WHERE oll.lot_id = :lotId)', {
        lotId: filter.lotId,
      });
    if (cursor) {
      const { createdAt, id } = creationPosition(cursor);
      builder.andWhere('(o.placed_at, o.id) < (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))', {
        createdAt,
        id,
      });
    }
    const { entities, raw } = await builder.getRawAndEntities<{ position: string }>();
    const rows = entities.map((order, index) => ({ order, position: raw[index].position }));
    const page = pageOf(
      rows,
      limit,
      ({ order, position }) => [position, order.id],
      ({ order }) => order,
    );
    return { items: await this.load(tx, page.items), nextCursor: page.nextCursor };
  }

  /** The orders' lines (unless already loaded) and shipments: two queries at most, whatever the count. */
  async load(tx: EntityManager, orders: readonly Order[]): Promise<LoadedOrder[]> {
    if (orders.length === 0) return [];
    const withoutLines = orders.filter((order) => !order.lines).map((order) => order.id);
    const lines = withoutLines.length
      ? await tx.find(OrderLine, {
          where: { orderId: In(withoutLines) },
          order: { orderId: 'ASC', lineNo: 'ASC' },
        })
      : [];
    const shipments = await tx.find(OrderShipment, {
      where: { orderId: In(orders.map((order) => order.id)) },
      order: { orderId: 'ASC', shipmentId: 'ASC' },
    });
    return orders.map((order) => ({
      order,
      lines: order.lines ?? lines.filter((line) => line.orderId === order.id),
      shipments: shipments.filter((shipment) => shipment.orderId === order.id),
    }));
  }

  /**
   * A new order and its lines, as statements for the outbox to run with OrderPlaced. The columns left
   * out start as their defaults: nothing accepted, recalled, refunded, settled or resolved yet.
   */
  insertStatements(order: Order, lines: readonly OrderLine[]): SqlStatement[] {
    return [
      {
        text: `INSERT INTO orders (id, buyer_id, status, delivery_address, requested_delivery_date, total_cents,
                                   refund_cents, placed_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        values: [
          order.id,
          order.buyerId,
          order.status,
          order.deliveryAddress,
          order.requestedDeliveryDate,
          order.totalCents,
          order.refundCents,
          order.placedAt,
        ],
      },
      {
        text: `INSERT INTO order_lines (order_id, line_no, product_id, producer_id, county_code, quantity,
                                        unit_price_cents, line_total_cents, relief_eligible, emergency_sale_id)
               SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::uuid[], $5::text[], $6::int[],
                                    $7::bigint[], $8::bigint[], $9::boolean[], $10::uuid[])`,
        values: [
          lines.map((line) => line.orderId),
          lines.map((line) => line.lineNo),
          lines.map((line) => line.productId),
          lines.map((line) => line.producerId),
          lines.map((line) => line.countyCode),
          lines.map((line) => line.quantity),
          lines.map((line) => line.unitPriceCents),
          lines.map((line) => line.lineTotalCents),
          lines.map((line) => line.reliefEligible),
          lines.map((line) => line.emergencySaleId),
        ],
      },
    ];
  }

  /** A change of an order's columns, as a statement for the outbox to run with the events it causes. */
  updateStatement(orderId: string, changes: OrderChanges): SqlStatement {
    const values: unknown[] = [orderId];
    const assignments = Object.entries(changes).flatMap(([property, value]) => {
      if (value === undefined) return [];
      const { column, json } = CHANGEABLE[property as keyof OrderChanges];
      values.push(json && value !== null ? JSON.stringify(value) : value);
      return [`${column} = $${values.length}`];
    });
    return {
      text: `UPDATE orders SET ${[...assignments, 'updated_at = now()'].join(', ')} WHERE id = $1`,
      values,
    };
  }

  /** Orders still PLACED `seconds` after being placed, oldest first, locked; replicas skip each other's. */
  async placedLongerThan(tx: EntityManager, seconds: number, limit: number): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(
      `SELECT id FROM orders WHERE status = 'PLACED' AND placed_at < now() - make_interval(secs => $1)
        ORDER BY placed_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [seconds, limit],
    );
    return rows.map(({ id }) => id);
  }

  /** Orders delivered by `deadline` and not yet answered, oldest first, locked; replicas skip each other's. */
  async deliveredBy(tx: EntityManager, deadline: Date, limit: number): Promise<string[]> {
    const rows = await tx.query<{ id: string }[]>(
      `SELECT id FROM orders WHERE status = 'DELIVERED' AND delivered_at <= $1
        ORDER BY delivered_at, id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [deadline, limit],
    );
    return rows.map(({ id }) => id);
  }

  /** The cold-chain verdict of each delivered shipment of the order that has one. */
  async deliveredVerdicts(
    tx: EntityManager,
    orderId: string,
  ): Promise<{ producerId: string; verdict: ColdChainVerdict }[]> {
    const rows = await tx.query<{ producer_id: string; cold_chain_verdict: ColdChainVerdict }[]>(
      `SELECT producer_id, cold_chain_verdict FROM order_shipments
        WHERE order_id = $1 AND status = 'delivered' AND cold_chain_verdict IS NOT NULL`,
      [orderId],
    );
    return rows.map((row) => ({ producerId: row.producer_id, verdict: row.cold_chain_verdict }));
  }

  /** Records a new shipment of an order once: a shipment already known is left as it is. */
  async addShipment(
    tx: EntityManager,
    shipment: { shipmentId: string; orderId: string; producerId: string },
  ): Promise<void> {
    await tx
      .createQueryBuilder()
      .insert()
      .into(OrderShipment)
      .values({
        shipmentId: shipment.shipmentId,
        orderId: shipment.orderId,
        producerId: shipment.producerId,
        status: 'created',
      })
      .orIgnore()
      .execute();
  }
}
