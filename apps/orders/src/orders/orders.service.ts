import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { OrderCancelled, OrderPlaced, type Principal } from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import { Clock, DEFAULT_PAGE_SIZE, NotFoundError, type Page } from '@hb/platform';
import { CatalogViewRepository, type OrderableProduct } from '../catalog-view/catalog-view.repository';
import { unitPriceFor } from '../catalog-view/pricing';
import { SaleClosed } from '../emergency-sales/emergency-sale-errors';
import { EmergencySaleRepository } from '../emergency-sales/emergency-sale.repository';
import { fingerprint, IdempotencyKeys, type StoredResponse } from './idempotency';
import { keyLockName } from './idempotency-key.repository';
import { OrderLifecycle } from './order-lifecycle';
import { OrderSettlement } from './order-settlement';
import { OrderLine } from './order-line.entity';
import { Order } from './order.entity';
import { OrderRepository } from './order.repository';
import type {
  AcceptOrderRequest,
  ListOrdersQuery,
  OrderView,
  PlaceOrderRequest,
  ResolveDisputeRequest,
} from './order.dto';
import {
  DeliveryDateInPast,
  DuplicateOrderProducts,
  OrderLinesRejected,
  type RejectedLine,
} from './order-errors';

export interface PlacementOptions {
  /** `YYYY-MM-DD`: the delivery date may not be earlier (default: today in UTC). */
  readonly today?: string;
  /** Product id → unit price agreed outside the tiers (an awarded quote). */
  readonly agreedUnitPrices?: ReadonlyMap<string, number>;
}

/** Placing, reading, cancelling and accepting bulk orders on behalf of their buyers. */
@Injectable()
export class OrdersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly lifecycle: OrderLifecycle,
    private readonly settlement: OrderSettlement,
    private readonly emergencySales: EmergencySaleRepository,
    private readonly clock: Clock,
    private readonly orders: OrderRepository,
    private readonly catalog: CatalogViewRepository,
  ) {}

  /**
   * Places an order once per Idempotency-Key: a retry with the same body gets the same order and
   * response, even when the retries race; the same key with another body is refused (422).
   * Lines are checked against the local copy of the catalog and priced from the tier in force.
   */
  async place(
    caller: Principal,
    idempotencyKey: string,
    request: PlaceOrderRequest,
  ): Promise<StoredResponse<OrderView>> {
    return this.dataSource.transaction((tx) =>
      this.placeIn(tx, caller.organisationId, idempotencyKey, request),
    );
  }

  /**
   * Places an order for a buyer in the caller's transaction, once per key: orders that standing
   * orders, awarded quotes and fair intents place go through the same checks, saga and relief rules
   * as one a buyer posts. `agreedUnitPrices` replaces the tier price of some products (an awarded
   * quote); `today` is the day the delivery date may not precede.
   */
  async placeIn(
    tx: EntityManager,
    buyerId: string,
    idempotencyKey: string,
    request: PlaceOrderRequest,
    options: PlacementOptions = {},
  ): Promise<StoredResponse<OrderView>> {
    const requestHash = fingerprint(request);
    const keys = new IdempotencyKeys(tx);
    // The key's lock is taken by the statement that reads the products: one round trip for both.
    const products = await this.catalog.orderableUnderKeyLock(
      tx,
      request.lines.map((line) => line.productId),
      keyLockName(buyerId, idempotencyKey),
    );
    const replayed = await keys.replay<OrderView>(buyerId, idempotencyKey, requestHash);
    if (replayed) return replayed;

    const order = await this.priced(tx, buyerId, request, products, options);
    const response = { statusCode: 201, body: this.lifecycle.viewOfPlaced(order) };
    // The order, its lines and the key's response are written with OrderPlaced: one round trip.
    await this.outbox.appendWith(
      tx,
      [
        ...this.orders.insertStatements(order, order.lines),
        keys.remember(buyerId, idempotencyKey, requestHash, order.id, response),
      ],
      event(OrderPlaced, {
        orderId: order.id,
        buyerId: order.buyerId,
        lines: order.lines.map(
          ({ productId, quantity, unitPriceCents, lineTotalCents, emergencySaleId }) => ({
            productId,
            quantity,
            unitPriceCents,
            lineTotalCents,
            ...(emergencySaleId && { emergencySaleId }),
          }),
        ),
        totalCents: order.totalCents,
        placedAt: order.placedAt.toISOString(),
      }),
    );
    return response;
  }

  async get(caller: Principal, orderId: string): Promise<OrderView> {
    return this.dataSource.transaction(async (tx) =>
      this.lifecycle.view(tx, await this.visible(tx, caller, orderId)),
    );
  }

  async list(caller: Principal, query: ListOrdersQuery): Promise<Page<OrderView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    return this.dataSource.transaction(async (tx) => {
      const page = await this.orders.page(
        tx,
        {
          buyerId: caller.role === 'admin' ? null : caller.organisationId,
          status: query.status,
          lotId: query.lotId,
        },
        query.cursor,
        limit,
      );
      return { items: await this.lifecycle.views(tx, page.items), nextCursor: page.nextCursor };
    });
  }

  /** Before dispatch only: catalog releases the stock, logistics cancels the shipments. */
  async cancel(caller: Principal, orderId: string): Promise<OrderView> {
    return this.dataSource.transaction(async (tx) => {
      const order = await this.visible(tx, caller, orderId, { lock: true });
      const reason = `cancelled by ${caller.role === 'admin' ? 'an administrator' : 'the buyer'}`;
      await this.lifecycle.move(
        tx,
        order,
        'cancel',
        { cancelReason: reason },
        event(OrderCancelled, { orderId, reason }),
      );
      return this.lifecycle.view(tx, order);
    });
  }

  /**
   * The buyer takes delivery: lines accepted whole unless said otherwise; a line accepted in part is
   * disputed and the refused quantity refunded; a line from a breached shipment needs a decision.
   */
  async accept(caller: Principal, orderId: string, request: AcceptOrderRequest): Promise<OrderView> {
    return this.dataSource.transaction(async (tx) => {
      const order = await this.visible(tx, caller, orderId, { lock: true });
      await this.settlement.settle(tx, order, request.lines ?? [], 'buyer');
      return this.lifecycle.view(tx, order);
    });
  }

  /** An administrator closes a dispute (refund, replacement or rejected). */
  async resolveDispute(
    caller: Principal,
    orderId: string,
    request: ResolveDisputeRequest,
  ): Promise<OrderView> {
    return this.dataSource.transaction(async (tx) => {
      const order = await this.visible(tx, caller, orderId, { lock: true });
      await this.settlement.resolveDispute(tx, order, request);
      return this.lifecycle.view(tx, order);
    });
  }

  /** The order and its priced lines, checked against the catalog copy; written by the caller. */
  private async priced(
    tx: EntityManager,
    buyerId: string,
    request: PlaceOrderRequest,
    products: ReadonlyMap<string, OrderableProduct>,
    { today = this.clock.today(), agreedUnitPrices }: PlacementOptions,
  ): Promise<Order> {
    const productIds = request.lines.map((line) => line.productId);
    if (new Set(productIds).size !== productIds.length) {
      throw new DuplicateOrderProducts(productIds.filter((id, index) => productIds.indexOf(id) !== index));
    }
    if (request.requestedDeliveryDate < today) {
      throw new DeliveryDateInPast(request.requestedDeliveryDate, today);
    }
    const sales = await this.emergencySales.findMany(
      tx,
      request.lines.flatMap((line) => (line.emergencySaleId ? [line.emergencySaleId] : [])),
    );
    const now = this.clock.now();
    const problems: RejectedLine[] = [];
    const orderId = randomUUID();
    const lines = request.lines.map((line, index) => {
      const product = products.get(line.productId);
      if (!product) {
        problems.push({ productId: line.productId, problem: 'unknown product' });
        return null;
      }
      const sale = line.emergencySaleId ? sales.get(line.emergencySaleId) : undefined;
      if (line.emergencySaleId && (!sale || sale.productId !== line.productId)) {
        problems.push({
          productId: line.productId,
          problem: `emergency sale ${line.emergencySaleId} is unknown or not of this product`,
        });
        return null;
      }
      // The sale sets the price and serves its held stock: tiers and the minimum order are for ordinary lines.
      if (sale && (sale.status !== 'open' || sale.endsAt.getTime() <= now.getTime()))
        throw new SaleClosed(sale.id);
      if (!sale && product.status !== 'listed') {
        problems.push({ productId: line.productId, problem: `not for sale (${product.status})` });
        return null;
      }
      const unitPriceCents = sale
        ? sale.unitPriceCents
        : (agreedUnitPrices?.get(product.id) ?? unitPriceFor(product.priceTiers, line.quantity));
      if (!sale && (line.quantity < product.minOrderQuantity || unitPriceCents === null)) {
        problems.push({
          productId: line.productId,
          problem: `quantity ${line.quantity} is below the minimum order of ${product.minOrderQuantity} ${product.unit}`,
        });
        return null;
      }
      return Object.assign(new OrderLine(), {
        orderId,
        lineNo: index + 1,
        productId: product.id,
        producerId: product.producerId,
        countyCode: product.countyCode,
        quantity: line.quantity,
        unitPriceCents: unitPriceCents!,
        lineTotalCents: unitPriceCents! * line.quantity,
        reliefEligible: product.reliefEligible,
        acceptedQuantity: null,
        coldChainVerdict: null,
        overrideReason: null,
        emergencySaleId: sale?.id ?? null,
        recalledQuantity: 0,
      });
    });
    if (problems.length > 0) {
      throw new OrderLinesRejected(problems);
    }
    const priced = lines as OrderLine[];
    const order = Object.assign(new Order(), {
      id: orderId,
      buyerId,
      status: 'PLACED',
      deliveryAddress: request.deliveryAddress,
      requestedDeliveryDate: request.requestedDeliveryDate,
      totalCents: priced.reduce((sum, line) => sum + line.lineTotalCents, 0),
      refundCents: 0,
      rejectionReasons: null,
      cancelReason: null,
      placedAt: now,
      deliveredAt: null,
      acceptedAt: null,
      settledBy: null,
      resolution: null,
      resolutionNote: null,
      resolvedAt: null,
    });
    order.lines = priced;
    return order;
  }

  /** The order if the caller may see it (its buyer, or an administrator); otherwise 404. */
  private async visible(
    tx: EntityManager,
    caller: Principal,
    orderId: string,
    { lock = false } = {},
  ): Promise<Order> {
    const order = lock
      ? await this.lifecycle.lock(tx, orderId)
      : await tx.findOne(Order, { where: { id: orderId }, relations: { lines: true } });
    if (!order || (caller.role !== 'admin' && order.buyerId !== caller.organisationId)) {
      throw new NotFoundError('order', orderId);
    }
    order.lines?.sort((a, b) => a.lineNo - b.lineNo);
    return order;
  }
}
