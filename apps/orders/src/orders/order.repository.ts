import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { ColdChainVerdict, OrderStatus } from '@hb/contracts';
import type { SqlStatement } from '@hb/messaging';
import { createdAtText, creationPosition, pageOf, type Page } from '@hb/platform';
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

/** Orders with their lines and shipments; every statement runs in the caller's transaction. */
@Injectable()
export class OrderRepository {
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
   * A new order and its lines, as statements for the outbox to run with OrderPlaced (TypeORM's own
   * INSERTs, values mapped as `tx.insert` maps them).
   */
  insertStatements(tx: EntityManager, order: Order, lines: readonly OrderLine[]): SqlStatement[] {
    const statement = ([text, values]: [string, unknown[]]): SqlStatement => ({ text, values });
    return [
      // `lines` is a relation (no column of orders): the builder leaves it out, as `tx.insert` does.
      statement(tx.createQueryBuilder().insert().into(Order).values(order).getQueryAndParameters()),
      statement(
        tx
          .createQueryBuilder()
          .insert()
          .into(OrderLine)
          .values(lines as OrderLine[])
          .getQueryAndParameters(),
      ),
    ];
  }

  /** A change of an order's columns, as a statement for the outbox to run with the events it causes. */
  updateStatement(tx: EntityManager, orderId: string, changes: QueryDeepPartialEntity<Order>): SqlStatement {
    const [text, values] = tx
      .createQueryBuilder()
      .update(Order)
      .set(changes)
      .where('id = :orderId', { orderId })
      .getQueryAndParameters();
    return { text, values };
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
