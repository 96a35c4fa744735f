import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '@hb/contracts';
import { StandingOrderPaused } from '@hb/contracts';
import { event, Outbox, type NewEvent } from '@hb/messaging';
import {
  Clock,
  creationKey,
  creationPosition,
  DEFAULT_PAGE_SIZE,
  type FieldError,
  NotFoundError,
  type Page,
  pageOf,
  RequestValidationError,
} from '@hb/platform';
import { firstOccurrenceFrom, type Cadence } from './schedule';
import { NoOccurrenceInPeriod, StandingOrderLinesRefused, type RefusedLine } from './standing-order-errors';
import { nextStandingOrderStatus, type StandingOrderTrigger } from './standing-order-status';
import {
  toStandingOrderView,
  type CreateStandingOrderRequest,
  type ListStandingOrdersQuery,
  type StandingOrderView,
} from './standing-order.dto';
import { StandingOrderRepository, type StandingOrder } from './standing-order.repository';

const RECENT_OCCURRENCES = 10;
/**
 * How far ahead a standing order may start: next school year's canteen order fits; a start years
 * away is a typing error (and a start near 9999-12-31 would put its first occurrence past the last
 * date PostgreSQL and ISO 8601 can write).
 */
export const STANDING_ORDER_MAX_LEAD_DAYS = 366;

export const cadenceOf = (order: Pick<StandingOrder, 'every' | 'dayOfWeek' | 'dayOfMonth'>): Cadence =>
  order.every === 'week'
    ? { every: 'week', dayOfWeek: order.dayOfWeek! }
    : { every: 'month', dayOfMonth: order.dayOfMonth! };

export const dayOf = (instant: Date): string => instant.toISOString().slice(0, 10);

/** Standing orders of buyers: created, read, paused, resumed and cancelled on their behalf. */
@Injectable()
export class StandingOrdersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: StandingOrderRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async create(caller: Principal, request: CreateStandingOrderRequest): Promise<StandingOrderView> {
    this.checkSchedule(request);
    const cadence: Cadence =
      request.every === 'week'
        ? { every: 'week', dayOfWeek: request.dayOfWeek! }
        : { every: 'month', dayOfMonth: request.dayOfMonth! };
    const first = firstOccurrenceFrom(cadence, request.startsOn);
    if (request.endsOn && first > request.endsOn)
      throw new NoOccurrenceInPeriod(request.startsOn, request.endsOn);
    return this.dataSource.transaction(async (tx) => {
      await this.checkLines(tx, request.lines);
      const order = await this.repository.insert(tx, {
        id: randomUUID(),
        buyerId: caller.organisationId,
        lines: request.lines.map(({ productId, quantity }) => ({ productId, quantity })),
        every: request.every,
        dayOfWeek: request.dayOfWeek ?? null,
        dayOfMonth: request.dayOfMonth ?? null,
        startsOn: request.startsOn,
        endsOn: request.endsOn ?? null,
        deliveryAddress: request.deliveryAddress,
        status: 'active',
        nextOccurrenceOn: first,
        pausedReason: null,
      });
      return toStandingOrderView(order, []);
    });
  }

  async get(caller: Principal, id: string): Promise<StandingOrderView> {
    return this.dataSource.transaction(async (tx) => {
      const order = await this.visible(tx, caller, id);
      return toStandingOrderView(
        order,
        await this.repository.recentOccurrences(tx, [id], RECENT_OCCURRENCES),
      );
    });
  }

  async list(caller: Principal, query: ListStandingOrdersQuery): Promise<Page<StandingOrderView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    return this.dataSource.transaction(async (tx) => {
      const rows = await this.repository.page(tx, {
        buyerId: caller.role === 'admin' ? undefined : caller.organisationId,
        status: query.status,
        after: query.cursor ? creationPosition(query.cursor) : undefined,
        limit: limit + 1,
      });
      const page = pageOf(rows, limit, creationKey, (row) => row);
      const occurrences = await this.repository.recentOccurrences(
        tx,
        page.items.map((order) => order.id),
        RECENT_OCCURRENCES,
      );
      return {
        items: page.items.map((order) =>
          toStandingOrderView(
            order,
            occurrences.filter((occurrence) => occurrence.standingOrderId === order.id),
          ),
        ),
        nextCursor: page.nextCursor,
      };
    });
  }

  async pause(caller: Principal, id: string): Promise<StandingOrderView> {
    return this.change(caller, id, async (tx, order) => {
      const reason = `paused by ${caller.role === 'admin' ? 'an administrator' : 'the buyer'}`;
      await this.move(
        tx,
        order,
        'pause',
        { pausedReason: reason },
        event(StandingOrderPaused, {
          standingOrderId: order.id,
          buyerId: order.buyerId,
          cause: 'buyer',
          occurrenceOn: null,
          orderId: null,
          reason,
          pausedAt: this.clock.now().toISOString(),
        }),
      );
    });
  }

  /**
   * Carries on from the first occurrence not before today: the days it was paused over are not
   * placed late (a canteen that paused for the holidays wants no holiday deliveries).
   */
  async resume(caller: Principal, id: string): Promise<StandingOrderView> {
    return this.change(caller, id, async (tx, order) => {
      const fromToday = firstOccurrenceFrom(cadenceOf(order), dayOf(this.clock.now()));
      const next = fromToday > order.nextOccurrenceOn ? fromToday : order.nextOccurrenceOn;
      if (order.endsOn && next > order.endsOn) {
        await this.move(tx, order, 'end', { pausedReason: null });
      } else {
        await this.move(tx, order, 'resume', { pausedReason: null, nextOccurrenceOn: next });
      }
    });
  }

  async cancel(caller: Principal, id: string): Promise<StandingOrderView> {
    return this.change(caller, id, (tx, order) => this.move(tx, order, 'cancel', {}));
  }

  /** Applies a trigger (409 if the table forbids it), saves the changes and appends the events. */
  async move(
    tx: EntityManager,
    order: StandingOrder,
    trigger: StandingOrderTrigger,
    changes: Partial<Pick<StandingOrder, 'nextOccurrenceOn' | 'pausedReason'>>,
    ...events: NewEvent[]
  ): Promise<void> {
    const status = nextStandingOrderStatus(order.status, trigger);
    await this.repository.update(tx, order.id, { ...changes, status });
    Object.assign(order, changes, { status });
    await this.outbox.append(tx, ...events);
  }

  private async change(
    caller: Principal,
    id: string,
    work: (tx: EntityManager, order: StandingOrder) => Promise<void>,
  ): Promise<StandingOrderView> {
    return this.dataSource.transaction(async (tx) => {
      const order = await this.visible(tx, caller, id, { lock: true });
      await work(tx, order);
      return toStandingOrderView(
        order,
        await this.repository.recentOccurrences(tx, [id], RECENT_OCCURRENCES),
      );
    });
  }

  /** The standing order if the caller may see it (its buyer, or an administrator); otherwise 404. */
  private async visible(
    tx: EntityManager,
    caller: Principal,
    id: string,
    { lock = false } = {},
  ): Promise<StandingOrder> {
    const order = await this.repository.find(tx, id, { lock });
    if (!order || (caller.role !== 'admin' && order.buyerId !== caller.organisationId)) {
      throw new NotFoundError('standing order', id);
    }
    return order;
  }

  private checkSchedule(request: CreateStandingOrderRequest): void {
    const errors: FieldError[] = [];
    if (request.every === 'week' && request.dayOfWeek === undefined)
      errors.push({ field: 'dayOfWeek', messages: ['dayOfWeek is required with every: "week"'] });
    if (request.every === 'week' && request.dayOfMonth !== undefined)
      errors.push({ field: 'dayOfMonth', messages: ['dayOfMonth goes with every: "month" only'] });
    if (request.every === 'month' && request.dayOfMonth === undefined)
      errors.push({ field: 'dayOfMonth', messages: ['dayOfMonth is required with every: "month"'] });
    if (request.every === 'month' && request.dayOfWeek !== undefined)
      errors.push({ field: 'dayOfWeek', messages: ['dayOfWeek goes with every: "week" only'] });
    const now = this.clock.now();
    if (request.startsOn < dayOf(now))
      errors.push({ field: 'startsOn', messages: ['startsOn may not be in the past'] });
    else if (request.startsOn > dayOf(new Date(now.getTime() + STANDING_ORDER_MAX_LEAD_DAYS * 86_400_000)))
      errors.push({
        field: 'startsOn',
        messages: [`startsOn may be at most ${STANDING_ORDER_MAX_LEAD_DAYS} days from today`],
      });
    if (request.endsOn !== undefined && request.endsOn < request.startsOn)
      errors.push({ field: 'endsOn', messages: ['endsOn may not be before startsOn'] });
    if (errors.length > 0) throw new RequestValidationError(errors);
  }

  /** Every line must be orderable today; a product delisted later pauses the standing order instead. */
  private async checkLines(tx: EntityManager, lines: CreateStandingOrderRequest['lines']): Promise<void> {
    const ids = lines.map((line) => line.productId);
    if (new Set(ids).size !== ids.length) {
      throw new RequestValidationError([{ field: 'lines', messages: ['each product may appear once'] }]);
    }
    const products = new Map(
      (await this.repository.products(tx, ids)).map((product) => [product.id, product]),
    );
    const refused: RefusedLine[] = [];
    for (const line of lines) {
      const product = products.get(line.productId);
      if (!product) refused.push({ productId: line.productId, problem: 'unknown product' });
      else if (product.status !== 'listed')
        refused.push({ productId: line.productId, problem: `not for sale (${product.status})` });
      else if (line.quantity < product.minOrderQuantity)
        refused.push({
          productId: line.productId,
          problem: `quantity ${line.quantity} is below the minimum order of ${product.minOrderQuantity} ${product.unit}`,
        });
    }
    if (refused.length > 0) throw new StandingOrderLinesRefused(refused);
  }
}
