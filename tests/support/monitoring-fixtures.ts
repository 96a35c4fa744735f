import { randomUUID } from 'node:crypto';
import {
  EmergencySaleClosed,
  EmergencySaleOpened,
  OrderCompleted,
  OrderDisputed,
  OrderPlaced,
  ProducerRegistered,
  ProductListed,
  StockLevelChanged,
  type EventDefinition,
  type LotLevel,
  type ProductSnapshot,
} from '@hb/contracts';
import { envelopeOf, type EventPublisherForTests } from './events';
import { productSnapshot } from './orders-fixtures';

export { MONITORED_TOPICS } from '../../apps/monitoring/src';

export const DAY = 86_400_000;
export const at = (iso: string): Date => new Date(iso);
export const daysAfter = (time: Date, days: number): Date => new Date(time.getTime() + days * DAY);

export interface Sale {
  readonly product: ProductSnapshot;
  readonly quantity: number;
  readonly unitPriceCents: number;
  readonly placedAt: Date;
  /** Absent: the order is placed and never accepted. */
  readonly acceptedAt?: Date;
  /** Less than quantity: the buyer disputes the rest. */
  readonly acceptedQuantity?: number;
  readonly buyerId?: string;
}

/** The other services' events as monitoring reads them, each at the time it happened. */
export class MarketFeed {
  constructor(private readonly events: EventPublisherForTests) {}

  async publish<T extends object>(definition: EventDefinition<T>, data: T, time: Date): Promise<void> {
    await this.events.publishEnvelope(definition, {
      ...envelopeOf(definition, data),
      time: time.toISOString(),
    });
  }

  /** A producer with a listed product of a category in a county. */
  async listedProduct(time: Date, overrides: Partial<ProductSnapshot> = {}): Promise<ProductSnapshot> {
    const product = productSnapshot({ countyCode: '513431', ...overrides });
    await this.publish(
      ProducerRegistered,
      {
        id: product.producerId,
        name: 'Zhaojue highland cooperative',
        kind: 'cooperative',
        countyCode: product.countyCode,
        countyPovertyStatus: 'deep',
        creditCode: '93513431MA6XYZ1234',
        povertyHouseholds: 40,
      },
      time,
    );
    await this.publish(ProductListed, product, time);
    return product;
  }

  async sale(sale: Sale): Promise<string> {
    const orderId = randomUUID();
    const buyerId = sale.buyerId ?? 'buyer-canteen';
    const lineTotalCents = sale.quantity * sale.unitPriceCents;
    await this.publish(
      OrderPlaced,
      {
        orderId,
        buyerId,
        lines: [
          {
            productId: sale.product.id,
            quantity: sale.quantity,
            unitPriceCents: sale.unitPriceCents,
            lineTotalCents,
          },
        ],
        totalCents: lineTotalCents,
        placedAt: sale.placedAt.toISOString(),
      },
      sale.placedAt,
    );
    if (!sale.acceptedAt) return orderId;
    const accepted = sale.acceptedQuantity ?? sale.quantity;
    if (accepted < sale.quantity) {
      await this.publish(
        OrderDisputed,
        {
          orderId,
          buyerId,
          lines: [
            {
              productId: sale.product.id,
              orderedQuantity: sale.quantity,
              acceptedQuantity: accepted,
              refundCents: (sale.quantity - accepted) * sale.unitPriceCents,
            },
          ],
          refundCents: (sale.quantity - accepted) * sale.unitPriceCents,
        },
        sale.acceptedAt,
      );
    } else {
      await this.publish(OrderCompleted, { orderId, buyerId }, sale.acceptedAt);
    }
    return orderId;
  }

  async stockLevel(product: ProductSnapshot, lots: Omit<LotLevel, 'lotId'>[], time: Date): Promise<void> {
    await this.publish(
      StockLevelChanged,
      {
        productId: product.id,
        producerId: product.producerId,
        countyCode: product.countyCode,
        category: product.category,
        available: lots.reduce((sum, lot) => sum + lot.available, 0),
        reserved: 0,
        lots: lots.map((lot) => ({ lotId: randomUUID(), ...lot })),
      },
      time,
    );
  }

  /** Catalog opening an emergency sale of a product at `time`, for a week. */
  async emergencySaleOpened(product: ProductSnapshot, quantity: number, time: Date): Promise<string> {
    const saleId = randomUUID();
    await this.publish(
      EmergencySaleOpened,
      {
        saleId,
        productId: product.id,
        producerId: product.producerId,
        countyCode: product.countyCode,
        category: product.category,
        quantity,
        unitPriceCents: 500,
        reason: 'near_expiry',
        endsAt: daysAfter(time, 7).toISOString(),
        note: null,
        openedAt: time.toISOString(),
      },
      time,
    );
    return saleId;
  }

  async emergencySaleClosed(
    product: ProductSnapshot,
    saleId: string,
    unsoldQuantity: number,
    time: Date,
  ): Promise<void> {
    await this.publish(
      EmergencySaleClosed,
      {
        saleId,
        productId: product.id,
        soldQuantity: 0,
        unsoldQuantity,
        closedBy: 'hand',
        closedAt: time.toISOString(),
      },
      time,
    );
  }
}
