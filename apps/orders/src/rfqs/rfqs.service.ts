import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@hb/contracts';
import {
  Clock,
  creationKey,
  creationPosition,
  DEFAULT_PAGE_SIZE,
  NotFoundError,
  type Page,
  pageOf,
  RequestValidationError,
} from '@hb/platform';
import { OrdersService } from '../orders/orders.service';
import { DeliveryAddressMissing, ProductDoesNotMatchRfq, QuoteExpired, RfqClosed } from './rfq-errors';
import { nextRfqStatus } from './rfq-status';
import {
  toQuoteView,
  toRfqView,
  type AwardRfqRequest,
  type CreateRfqRequest,
  type ListRfqsQuery,
  type QuoteView,
  type RfqView,
  type SubmitQuoteRequest,
} from './rfq.dto';
import { RfqRepository, type Quote, type Rfq, type RfqAudience } from './rfq.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const POVERTY = ['key', 'deep'];

/** The key the award's order is placed under: one order per request, however often the award is retried. */
export const awardKey = (rfqId: string): string => `rfq:${rfqId}`;

/**
 * Requests for quotation: a buyer asks, producers with a listed product of the category (in a
 * poverty county when asked) quote, the buyer awards one quote and an ordinary order is placed at its
 * price. A producer sees only its own quotes.
 */
@Injectable()
export class RfqsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RfqRepository,
    private readonly orders: OrdersService,
    private readonly clock: Clock,
  ) {}

  async create(caller: Principal, request: CreateRfqRequest): Promise<RfqView> {
    if (request.needBy < this.today())
      throw new RequestValidationError([{ field: 'needBy', messages: ['needBy may not be in the past'] }]);
    return this.dataSource.transaction(async (tx) =>
      toRfqView(
        await this.repository.insert(tx, {
          id: randomUUID(),
          buyerId: caller.organisationId,
          category: request.category,
          quantity: request.quantity,
          needBy: request.needBy,
          povertyCountiesOnly: request.povertyCountiesOnly ?? false,
          note: request.note ?? null,
          deliveryAddress: request.deliveryAddress ?? null,
          status: 'open',
        }),
        this.today(),
      ),
    );
  }

  async list(caller: Principal, query: ListRfqsQuery): Promise<Page<RfqView>> {
    const audience = this.audienceOf(caller);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    if (!audience) return { items: [], nextCursor: null };
    return this.dataSource.transaction(async (tx) => {
      const rows = await this.repository.page(tx, audience, {
        status: query.status,
        after: query.cursor ? creationPosition(query.cursor) : undefined,
        limit: limit + 1,
      });
      return pageOf(rows, limit, creationKey, (rfq) => toRfqView(rfq, this.today()));
    });
  }

  async get(caller: Principal, id: string): Promise<RfqView> {
    return this.dataSource.transaction(async (tx) => {
      const rfq = await this.visible(tx, caller, id);
      return toRfqView(rfq, this.today(), await this.quotesFor(tx, caller, rfq));
    });
  }

  async quote(caller: Principal, rfqId: string, request: SubmitQuoteRequest): Promise<QuoteView> {
    if (request.validUntil < this.today())
      throw new RequestValidationError([
        { field: 'validUntil', messages: ['validUntil may not be in the past'] },
      ]);
    return this.dataSource.transaction(async (tx) => {
      const rfq = await this.visible(tx, caller, rfqId, { lock: true });
      if (rfq.status !== 'open') throw new RfqClosed(rfq.id, rfq.status);
      const product = await this.repository.quotableProduct(tx, request.productId);
      if (!product || product.producerId !== caller.organisationId)
        throw new ProductDoesNotMatchRfq(request.productId, 'is not one of your products');
      if (product.status !== 'listed')
        throw new ProductDoesNotMatchRfq(request.productId, `is not for sale (${product.status})`);
      if (product.category !== rfq.category)
        throw new ProductDoesNotMatchRfq(request.productId, `is not in the category ${rfq.category}`);
      if (rfq.povertyCountiesOnly && !POVERTY.includes(product.povertyStatus ?? ''))
        throw new ProductDoesNotMatchRfq(
          request.productId,
          'does not come from a key or deep poverty county',
        );
      if (request.quantity < product.minOrderQuantity)
        throw new ProductDoesNotMatchRfq(
          request.productId,
          `is sold from ${product.minOrderQuantity} ${product.unit}, more than the quoted ${request.quantity}`,
        );
      const quote = await this.repository.insertQuote(tx, {
        id: randomUUID(),
        rfqId: rfq.id,
        producerId: caller.organisationId,
        productId: request.productId,
        unitPriceCents: request.unitPriceCents,
        quantity: request.quantity,
        validUntil: request.validUntil,
        status: 'submitted',
      });
      return toQuoteView(quote, this.today());
    });
  }

  /**
   * Places an ordinary order for the quoted product and quantity at the quoted price (relief rules
   * unchanged), through the same path as a buyer's order, in the transaction that awards.
   */
  async award(caller: Principal, rfqId: string, request: AwardRfqRequest): Promise<RfqView> {
    return this.dataSource.transaction(async (tx) => {
      const rfq = await this.visible(tx, caller, rfqId, { lock: true });
      const status = nextRfqStatus(rfq.status, 'award');
      const quote = await this.repository.findQuote(tx, rfq.id, request.quoteId);
      if (!quote) throw new NotFoundError('quote', request.quoteId);
      const today = this.today();
      if (quote.validUntil < today) throw new QuoteExpired(quote.id, quote.validUntil);
      const deliveryAddress = request.deliveryAddress ?? rfq.deliveryAddress;
      if (!deliveryAddress) throw new DeliveryAddressMissing(rfq.id);
      const { body: order } = await this.orders.placeIn(
        tx,
        rfq.buyerId,
        awardKey(rfq.id),
        {
          lines: [{ productId: quote.productId, quantity: quote.quantity }],
          deliveryAddress,
          requestedDeliveryDate: rfq.needBy < today ? today : rfq.needBy,
        },
        { today, agreedUnitPrices: new Map([[quote.productId, quote.unitPriceCents]]) },
      );
      await this.repository.award(tx, rfq.id, quote.id, order.id);
      Object.assign(rfq, { status, awardedQuoteId: quote.id, orderId: order.id });
      return toRfqView(rfq, this.today(), await this.repository.quotesOf(tx, rfq.id));
    });
  }

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  /** Who sees which requests; null for a caller that can see none (a producer whose org is no producer id). */
  private audienceOf(caller: Principal): RfqAudience | null {
    if (caller.role === 'admin') return { kind: 'everyone' };
    if (caller.role === 'buyer') return { kind: 'buyer', buyerId: caller.organisationId };
    if (caller.role === 'producer' && UUID.test(caller.organisationId))
      return { kind: 'producer', producerId: caller.organisationId };
    return null;
  }

  private async visible(
    tx: EntityManager,
    caller: Principal,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<Rfq> {
    const audience = this.audienceOf(caller);
    const rfq = audience ? await this.repository.findVisible(tx, id, audience, options) : null;
    if (!rfq) throw new NotFoundError('request for quotation', id);
    return rfq;
  }

  private quotesFor(tx: EntityManager, caller: Principal, rfq: Rfq): Promise<Quote[]> {
    return this.repository.quotesOf(
      tx,
      rfq.id,
      caller.role === 'producer' ? caller.organisationId : undefined,
    );
  }
}
