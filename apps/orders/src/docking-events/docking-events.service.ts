import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { isCalendarDate, type Principal } from '@hb/contracts';
import {
  Clock,
  creationKey,
  creationPosition,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  NotFoundError,
  type Page,
  pageOf,
  RequestValidationError,
} from '@hb/platform';
import { unitPriceFor } from '../catalog-view/pricing';
import type { StoredResponse } from '../orders/idempotency';
import type { OrderView } from '../orders/order.dto';
import { OrdersService } from '../orders/orders.service';
import { boothFeeFor } from './booth-fee';
import {
  AlreadyExhibiting,
  IntentDeliveryAddressMissing,
  IntentUnderMinimum,
  ProductNotExhibited,
  UnknownProducer,
} from './docking-event-errors';
import type { CountyReportRow, DockingEvent } from './docking-event.entity';
import {
  toDockingEventView,
  toExhibitorView,
  toIntentView,
  type CreateDockingEventRequest,
  type DockingEventReport,
  type DockingEventView,
  type ExhibitorView,
  type FairTotals,
  type IntentView,
  type ListDockingEventsQuery,
  type OrderIntentRequest,
  type RecordIntentRequest,
  type RegisterExhibitorRequest,
} from './docking-event.dto';
import { DockingEventRepository, type IntentAudience } from './docking-event.repository';
import { DOCKING_EVENTS_CONFIG, type DockingEventsConfig } from './docking-events.config';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;

/** The key an intent's order is placed under: one order per intent, however often it is asked for. */
export const intentOrderKey = (intentId: string): string => `docking-intent:${intentId}`;

/**
 * Production–marketing docking fairs: an administrator organises a fair, producers take booths at a
 * fee reduced for poverty counties, buyers record what they mean to buy from the exhibitors, and an
 * intent becomes an ordinary order (saga and relief rules unchanged) with one call. The report follows
 * a fair's intents to their orders and the relief the ledger recorded for them, by county.
 */
@Injectable()
export class DockingEventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: DockingEventRepository,
    private readonly orders: OrdersService,
    private readonly clock: Clock,
    @Inject(DOCKING_EVENTS_CONFIG) private readonly config: DockingEventsConfig,
  ) {}

  async create(request: CreateDockingEventRequest): Promise<DockingEventView> {
    if (request.endsOn < request.startsOn)
      throw new RequestValidationError([
        { field: 'endsOn', messages: ['endsOn may not be before startsOn'] },
      ]);
    return this.dataSource.transaction(async (tx) =>
      toDockingEventView(
        await this.repository.insert(tx, {
          id: randomUUID(),
          name: request.name,
          city: request.city,
          startsOn: request.startsOn,
          endsOn: request.endsOn,
          boothFeeCents: request.boothFeeCents,
        }),
      ),
    );
  }

  async list(query: ListDockingEventsQuery): Promise<Page<DockingEventView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor ? this.eventPosition(query.cursor) : undefined;
    return this.dataSource.transaction(async (tx) => {
      const rows = await this.repository.page(tx, {
        window: query.when,
        today: this.today(),
        after,
        limit: limit + 1,
      });
      return pageOf(
        rows,
        limit,
        (event) => [event.startsOn, event.id],
        (event) => toDockingEventView(event),
      );
    });
  }

  async get(id: string): Promise<DockingEventView> {
    return this.dataSource.transaction(async (tx) => toDockingEventView(await this.findOrFail(tx, id)));
  }

  /**
   * Gives a producer a booth, at the fair's fee less its county's reduction (as certification fees
   * are reduced), decided once at registration. A producer registers itself; an administrator names one.
   */
  async register(
    caller: Principal,
    eventId: string,
    request: RegisterExhibitorRequest,
  ): Promise<ExhibitorView> {
    const producerId = this.exhibitingProducer(caller, request);
    return this.dataSource.transaction(async (tx) => {
      const event = await this.findOrFail(tx, eventId);
      const producer = await this.repository.knownProducer(tx, producerId);
      if (!producer) throw new UnknownProducer(producerId);
      const fee = boothFeeFor(
        event.boothFeeCents,
        producer.povertyStatus,
        this.config.boothFeeReductionPercent,
      );
      const registered = await this.repository.insertExhibitor(tx, {
        eventId: event.id,
        producerId,
        countyCode: producer.countyCode,
        povertyStatus: producer.povertyStatus,
        fullBoothFeeCents: fee.fullBoothFeeCents,
        reductionPercent: fee.reductionPercent,
        reductionCents: fee.reductionCents,
      });
      if (!registered) throw new AlreadyExhibiting(event.id, producerId);
      return toExhibitorView((await this.repository.findExhibitor(tx, event.id, producerId))!);
    });
  }

  async exhibitors(
    eventId: string,
    query: { cursor?: string; limit?: number },
  ): Promise<Page<ExhibitorView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    return this.dataSource.transaction(async (tx) => {
      await this.findOrFail(tx, eventId);
      const rows = await this.repository.exhibitors(tx, eventId, {
        after: query.cursor ? creationPosition(query.cursor) : undefined,
        limit: limit + 1,
      });
      return pageOf(
        rows,
        limit,
        (row) => creationKey({ createdAtText: row.registeredAtText, id: row.producerId }),
        (row) => toExhibitorView(row),
      );
    });
  }

  /** Records what a buyer means to buy from an exhibitor, priced from the tier in force now. */
  async recordIntent(caller: Principal, eventId: string, request: RecordIntentRequest): Promise<IntentView> {
    return this.dataSource.transaction(async (tx) => {
      const event = await this.findOrFail(tx, eventId);
      const product = await this.repository.intendedProduct(tx, request.productId);
      if (!product || !(await this.repository.findExhibitor(tx, event.id, product.producerId)))
        throw new ProductNotExhibited(event.id, request.productId);
      const unitPriceCents = unitPriceFor(product.priceTiers, request.quantity);
      if (unitPriceCents === null)
        throw new IntentUnderMinimum(
          product.id,
          Math.min(...product.priceTiers.map((tier) => tier.minQuantity)),
        );
      return toIntentView(
        await this.repository.insertIntent(tx, {
          id: randomUUID(),
          eventId: event.id,
          buyerId: caller.organisationId,
          productId: product.id,
          producerId: product.producerId,
          countyCode: product.countyCode,
          quantity: request.quantity,
          unitPriceCents,
          note: request.note ?? null,
          deliveryAddress: request.deliveryAddress ?? null,
        }),
      );
    });
  }

  async intents(
    caller: Principal,
    eventId: string,
    query: { cursor?: string; limit?: number },
  ): Promise<Page<IntentView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    return this.dataSource.transaction(async (tx) => {
      await this.findOrFail(tx, eventId);
      const audience = this.intentAudience(caller);
      if (!audience) return { items: [], nextCursor: null };
      const rows = await this.repository.intents(tx, eventId, audience, {
        after: query.cursor ? creationPosition(query.cursor) : undefined,
        limit: limit + 1,
      });
      return pageOf(rows, limit, creationKey, (row) => toIntentView(row));
    });
  }

  /**
   * Turns the buyer's intent into an ordinary order through the same path as a buyer's own (checks,
   * saga, relief rules), once: asked again, it answers the order it placed (200) and ignores the body.
   */
  async order(
    caller: Principal,
    intentId: string,
    request: OrderIntentRequest,
  ): Promise<StoredResponse<OrderView>> {
    const placed = await this.dataSource.transaction(async (tx) => {
      const intent = await this.repository.lockBuyersIntent(tx, intentId, caller.organisationId);
      if (!intent) throw new NotFoundError('purchase intent', intentId);
      if (intent.orderId) return { existing: intent.orderId, response: null };
      const deliveryAddress = request.deliveryAddress ?? intent.deliveryAddress;
      if (!deliveryAddress) throw new IntentDeliveryAddressMissing(intent.id);
      const today = this.today();
      const response = await this.orders.placeIn(
        tx,
        intent.buyerId,
        intentOrderKey(intent.id),
        {
          lines: [{ productId: intent.productId, quantity: intent.quantity }],
          deliveryAddress,
          requestedDeliveryDate:
            request.requestedDeliveryDate ?? this.daysFrom(today, this.config.orderDeliveryDays),
        },
        { today },
      );
      await this.repository.linkOrder(tx, intent.id, response.body.id);
      return { existing: response.body.id, response };
    });
    if (placed.response) return placed.response;
    return { statusCode: 200, body: await this.orders.get(caller, placed.existing) };
  }

  /** A fair's figures by county: all counties for an administrator, its own for a county official. */
  async report(caller: Principal, eventId: string): Promise<DockingEventReport> {
    return this.dataSource.transaction(async (tx) => {
      const event = await this.findOrFail(tx, eventId);
      const county = caller.role === 'county_official' ? caller.organisationId : null;
      const rows = await this.repository.report(tx, event.id, county);
      const counties = rows.map((row) => ({
        countyCode: row.countyCode,
        countyName: row.countyName,
        povertyStatus: row.povertyStatus,
        ...this.figures(row),
      }));
      const totals = this.figures(
        rows.reduce<Omit<CountyReportRow, 'countyCode' | 'countyName' | 'povertyStatus'>>(
          (sum, row) => ({
            exhibitors: sum.exhibitors + row.exhibitors,
            intents: sum.intents + row.intents,
            intentQuantity: sum.intentQuantity + row.intentQuantity,
            intentCents: sum.intentCents + row.intentCents,
            orders: sum.orders + row.orders,
            orderQuantity: sum.orderQuantity + row.orderQuantity,
            orderCents: sum.orderCents + row.orderCents,
            acceptedReliefQuantity: sum.acceptedReliefQuantity + row.acceptedReliefQuantity,
            acceptedReliefCents: sum.acceptedReliefCents + row.acceptedReliefCents,
          }),
          {
            exhibitors: 0,
            intents: 0,
            intentQuantity: 0,
            intentCents: 0,
            orders: 0,
            orderQuantity: 0,
            orderCents: 0,
            acceptedReliefQuantity: 0,
            acceptedReliefCents: 0,
          },
        ),
      );
      return { event: toDockingEventView(event), counties, totals };
    });
  }

  private figures(row: Omit<CountyReportRow, 'countyCode' | 'countyName' | 'povertyStatus'>): FairTotals {
    return {
      exhibitors: row.exhibitors,
      intents: { count: row.intents, quantity: row.intentQuantity, cents: row.intentCents },
      orders: { count: row.orders, quantity: row.orderQuantity, cents: row.orderCents },
      acceptedRelief: { quantity: row.acceptedReliefQuantity, cents: row.acceptedReliefCents },
    };
  }

  /** The producer a registration is for: the caller itself, or the one an administrator names. */
  private exhibitingProducer(caller: Principal, request: RegisterExhibitorRequest): string {
    if (caller.role === 'admin') {
      if (!request.producerId)
        throw new RequestValidationError([
          {
            field: 'producerId',
            messages: ['producerId is required when an administrator registers a producer'],
          },
        ]);
      return request.producerId;
    }
    if (!UUID.test(caller.organisationId)) throw new UnknownProducer(caller.organisationId);
    if (request.producerId && request.producerId !== caller.organisationId)
      throw new RequestValidationError([
        {
          field: 'producerId',
          messages: ['a producer registers itself: leave producerId out or give your own'],
        },
      ]);
    return caller.organisationId;
  }

  /** Who sees which intents: a buyer its own, a producer those for its products, an official its county's. */
  private intentAudience(caller: Principal): IntentAudience | null {
    switch (caller.role) {
      case 'admin':
        return { kind: 'everyone' };
      case 'buyer':
        return { kind: 'buyer', buyerId: caller.organisationId };
      case 'producer':
        return UUID.test(caller.organisationId)
          ? { kind: 'producer', producerId: caller.organisationId }
          : null;
      case 'county_official':
        return { kind: 'county', countyCode: caller.organisationId };
      default:
        return null;
    }
  }

  private async findOrFail(tx: EntityManager, id: string): Promise<DockingEvent> {
    const event = await this.repository.find(tx, id);
    if (!event) throw new NotFoundError('docking fair', id);
    return event;
  }

  /** A cursor's (startsOn, id); one that names no calendar day or no id is a 400, never a query error. */
  private eventPosition(cursor: string): { startsOn: string; id: string } {
    const [startsOn, id] = decodeCursor(cursor, 2);
    if (!isCalendarDate(startsOn) || typeof id !== 'string' || !UUID.test(id))
      throw new RequestValidationError([
        { field: 'cursor', messages: ['cursor is not one this API gave out'] },
      ]);
    return { startsOn, id };
  }

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  private daysFrom(day: string, days: number): string {
    return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
  }
}
