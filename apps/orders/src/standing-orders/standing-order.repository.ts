import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { CatalogProduct } from '../catalog-view/catalog-product.entity';
import { createdAtText, type CreationPosition } from '@hb/platform';
import type { StandingOrderStatus } from './standing-order-status';

export interface StandingOrderLine {
  productId: string;
  quantity: number;
}

export interface StandingOrder {
  id: string;
  buyerId: string;
  lines: StandingOrderLine[];
  every: 'week' | 'month';
  dayOfWeek: number | null;
  dayOfMonth: number | null;
  startsOn: string;
  endsOn: string | null;
  deliveryAddress: string;
  status: StandingOrderStatus;
  nextOccurrenceOn: string;
  pausedReason: string | null;
  /** Full-precision creation time, the list's cursor position. */
  createdAtText: string;
}

export interface Occurrence {
  standingOrderId: string;
  occursOn: string;
  orderId: string | null;
  problem: string | null;
  placedAt: Date;
}

export interface RejectedOccurrence {
  standingOrderId: string;
  occursOn: string;
  orderId: string;
  reasons: { productId: string; reason: string }[] | null;
}

const COLUMNS = `id, buyer_id AS "buyerId", lines, every, day_of_week AS "dayOfWeek",
  day_of_month AS "dayOfMonth", starts_on AS "startsOn", ends_on AS "endsOn",
  delivery_address AS "deliveryAddress", status, next_occurrence_on AS "nextOccurrenceOn",
  paused_reason AS "pausedReason", ${createdAtText('created_at')} AS "createdAtText"`;

/** Every query of standing orders and their occurrences; each runs in the caller's transaction. */
@Injectable()
export class StandingOrderRepository {
  async insert(tx: EntityManager, order: Omit<StandingOrder, 'createdAtText'>): Promise<StandingOrder> {
    const [row] = await tx.query<StandingOrder[]>(
      `INSERT INTO standing_orders (id, buyer_id, lines, every, day_of_week, day_of_month, starts_on, ends_on,
                                    delivery_address, status, next_occurrence_on, paused_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       RETURNING ${COLUMNS}`,
      [
        order.id,
        order.buyerId,
        JSON.stringify(order.lines),
        order.every,
        order.dayOfWeek,
        order.dayOfMonth,
        order.startsOn,
        order.endsOn,
        order.deliveryAddress,
        order.status,
        order.nextOccurrenceOn,
        order.pausedReason,
      ],
    );
    return row;
  }

  async find(tx: EntityManager, id: string, { lock = false } = {}): Promise<StandingOrder | null> {
    const [row] = await tx.query<StandingOrder[]>(
      `SELECT ${COLUMNS} FROM standing_orders WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return row ?? null;
  }

  async update(
    tx: EntityManager,
    id: string,
    changes: Partial<Pick<StandingOrder, 'status' | 'nextOccurrenceOn' | 'pausedReason'>>,
  ): Promise<void> {
    await tx.query(
      `UPDATE standing_orders SET
         status = COALESCE($2, status),
         next_occurrence_on = COALESCE($3, next_occurrence_on),
         paused_reason = CASE WHEN $4 THEN $5 ELSE paused_reason END,
         updated_at = now()
       WHERE id = $1`,
      [
        id,
        changes.status ?? null,
        changes.nextOccurrenceOn ?? null,
        'pausedReason' in changes,
        changes.pausedReason ?? null,
      ],
    );
  }

  /** Newest first; a buyer's own only when `buyerId` is given. One query whatever the page size. */
  async page(
    tx: EntityManager,
    filter: { buyerId?: string; status?: StandingOrderStatus; after?: CreationPosition; limit: number },
  ): Promise<StandingOrder[]> {
    return tx.query<StandingOrder[]>(
      `SELECT ${COLUMNS} FROM standing_orders
        WHERE ($1::text IS NULL OR buyer_id = $1)
          AND ($2::text IS NULL OR status = $2)
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $5`,
      [
        filter.buyerId ?? null,
        filter.status ?? null,
        filter.after?.createdAt ?? null,
        filter.after?.id ?? null,
        filter.limit,
      ],
    );
  }

  /** The latest `perOrder` occurrences of each standing order, newest first, in one query. */
  async recentOccurrences(tx: EntityManager, ids: string[], perOrder: number): Promise<Occurrence[]> {
    if (ids.length === 0) return [];
    return tx.query<Occurrence[]>(
      `SELECT "standingOrderId", "occursOn", "orderId", problem, "placedAt" FROM (
         SELECT standing_order_id AS "standingOrderId", occurs_on AS "occursOn", order_id AS "orderId",
                problem, placed_at AS "placedAt",
                row_number() OVER (PARTITION BY standing_order_id ORDER BY occurs_on DESC) AS rank
           FROM standing_order_occurrences WHERE standing_order_id = ANY($1::uuid[])) recent
        WHERE rank <= $2
        ORDER BY "occursOn" DESC`,
      [ids, perOrder],
    );
  }

  /**
   * Active standing orders with an occurrence to place by `until`, locked; another replica's
   * sweep skips them (SKIP LOCKED) rather than placing the same occurrence.
   */
  async lockDue(tx: EntityManager, until: string, limit: number): Promise<StandingOrder[]> {
    return tx.query<StandingOrder[]>(
      `SELECT ${COLUMNS} FROM standing_orders
        WHERE status = 'active' AND next_occurrence_on <= $1
        ORDER BY next_occurrence_on, id
        LIMIT $2
        FOR UPDATE SKIP LOCKED`,
      [until, limit],
    );
  }

  async recordOccurrence(tx: EntityManager, occurrence: Occurrence): Promise<void> {
    await tx.query(
      `INSERT INTO standing_order_occurrences (standing_order_id, occurs_on, order_id, problem, placed_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        occurrence.standingOrderId,
        occurrence.occursOn,
        occurrence.orderId,
        occurrence.problem,
        occurrence.placedAt,
      ],
    );
  }

  /** Occurrences whose order catalog rejected and that no sweep has acted on yet, locked. */
  async lockUnnoticedRejections(tx: EntityManager, limit: number): Promise<RejectedOccurrence[]> {
    return tx.query<RejectedOccurrence[]>(
      `SELECT occ.standing_order_id AS "standingOrderId", occ.occurs_on AS "occursOn",
              occ.order_id AS "orderId", o.rejection_reasons AS reasons
         FROM standing_order_occurrences occ JOIN orders o ON o.id = occ.order_id
        WHERE o.status = 'REJECTED' AND NOT occ.rejection_noticed
        ORDER BY occ.occurs_on
        LIMIT $1
        FOR UPDATE OF occ SKIP LOCKED`,
      [limit],
    );
  }

  async markRejectionNoticed(tx: EntityManager, standingOrderId: string, occursOn: string): Promise<void> {
    await tx.query(
      `UPDATE standing_order_occurrences SET rejection_noticed = true
        WHERE standing_order_id = $1 AND occurs_on = $2`,
      [standingOrderId, occursOn],
    );
  }

  /** The local copies of catalog products a standing order names. */
  async products(tx: EntityManager, ids: string[]): Promise<CatalogProduct[]> {
    return tx.find(CatalogProduct, { where: { id: In(ids) } });
  }
}
