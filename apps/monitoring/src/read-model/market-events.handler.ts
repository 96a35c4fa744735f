import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  CertificateExpired,
  CertificateIssued,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  EmergencySaleClosed,
  EmergencySaleOpened,
  LotAdded,
  LotExpired,
  OrderCompleted,
  OrderDisputed,
  OrderPlaced,
  PRODUCT_SNAPSHOT_EVENTS,
  ProducerRegistered,
  ShipmentDelivered,
  StockLevelChanged,
  StockReservationRejected,
  typesOf,
  type CertificateData,
  type EmergencySaleClosedData,
  type EmergencySaleOpenedData,
  type LotAddedData,
  type LotExpiredData,
  type OrderCompletedData,
  type OrderDisputedData,
  type OrderPlacedData,
  type ProducerSnapshot,
  type ProductSnapshot,
  type ShipmentDeliveredData,
  type StockLevelData,
  type StockReservationRejectedData,
} from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { Clock } from '@hb/platform';
import { EvaluationService } from '../evaluation/evaluation.service';
import { OrderBatch } from './order-batch';
import { ProductBatch } from './product-batch';
import { ReadModelRepository } from './read-model.repository';
import type { Touched } from './touched';

const CERTIFICATE_STANDING = {
  [CertificateIssued.type]: 'active',
  [CertificateReinstated.type]: 'active',
  [CertificateSuspended.type]: 'suspended',
  [CertificateRevoked.type]: 'revoked',
  [CertificateExpired.type]: 'expired',
} as const;

/**
 * Feeds the read model from the other services' events and evaluates the rules about what each
 * event touched, in the event's transaction: a finding and the event that announces it commit with
 * the fact that caused it. Orders, the bulk of the stream, and product snapshots are applied per
 * batch (OrderBatch, ProductBatch); stock, sales, deliveries and certificates one by one, as each
 * replaces a state the rules judge.
 */
@Controller()
export class MarketEventsHandler {
  constructor(
    private readonly readModel: ReadModelRepository,
    private readonly evaluation: EvaluationService,
    private readonly clock: Clock,
  ) {}

  private async evaluate(context: EventContext, touched: Touched): Promise<void> {
    await this.evaluation.afterEvent(context.transaction, touched, this.clock.now());
  }

  /** The orders of this event's transaction, applied and evaluated together when it finishes. */
  private orders(context: EventContext): OrderBatch {
    return context.batch.part(
      OrderBatch,
      () => new OrderBatch(context.transaction, this.readModel, this.evaluation, this.clock),
    );
  }

  @EventPattern(ProducerRegistered.type)
  async onProducer(
    @Payload() e: ConsumedEvent<ProducerSnapshot>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.evaluate(context, await this.readModel.upsertProducer(context.transaction, e.data, e.time));
  }

  @EventPattern(typesOf(PRODUCT_SNAPSHOT_EVENTS))
  async onProduct(@Payload() e: ConsumedEvent<ProductSnapshot>, @Ctx() context: EventContext): Promise<void> {
    context.batch
      .part(
        ProductBatch,
        () => new ProductBatch(context.transaction, this.readModel, this.evaluation, this.clock),
      )
      .add(e.data, e.time);
  }

  @EventPattern(OrderPlaced.type)
  async onOrderPlaced(
    @Payload() e: ConsumedEvent<OrderPlacedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.orders(context).place(e.data);
  }

  @EventPattern(typesOf([OrderCompleted, OrderDisputed]))
  async onOrderAccepted(
    @Payload() e: ConsumedEvent<OrderCompletedData | OrderDisputedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    this.orders(context).accept({
      orderId: e.data.orderId,
      accepted: this.readModel.acceptanceOf(e.data),
      at: e.time,
    });
  }

  @EventPattern(StockReservationRejected.type)
  async onReservationRejected(
    @Payload() e: ConsumedEvent<StockReservationRejectedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.evaluate(
      context,
      await this.readModel.recordReservationRejected(context.transaction, e.data, e.time),
    );
  }

  @EventPattern(LotAdded.type)
  async onLotAdded(@Payload() e: ConsumedEvent<LotAddedData>, @Ctx() context: EventContext): Promise<void> {
    await this.evaluate(context, await this.readModel.recordLotAdded(context.transaction, e.data, e.time));
  }

  @EventPattern(LotExpired.type)
  async onLotExpired(
    @Payload() e: ConsumedEvent<LotExpiredData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.evaluate(context, await this.readModel.recordLotExpired(context.transaction, e.data, e.time));
  }

  @EventPattern(StockLevelChanged.type)
  async onStockLevel(
    @Payload() e: ConsumedEvent<StockLevelData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.evaluate(context, await this.readModel.recordStockLevel(context.transaction, e.data, e.time));
  }

  @EventPattern(EmergencySaleOpened.type)
  async onSaleOpened(
    @Payload() e: ConsumedEvent<EmergencySaleOpenedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.evaluate(context, await this.readModel.recordSaleOpened(context.transaction, e.data));
  }

  @EventPattern(EmergencySaleClosed.type)
  async onSaleClosed(
    @Payload() e: ConsumedEvent<EmergencySaleClosedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.evaluate(context, await this.readModel.recordSaleClosed(context.transaction, e.data));
  }

  @EventPattern(ShipmentDelivered.type)
  async onDelivered(
    @Payload() e: ConsumedEvent<ShipmentDeliveredData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.evaluate(context, await this.readModel.recordDelivery(context.transaction, e.data, e.time));
  }

  @EventPattern(Object.keys(CERTIFICATE_STANDING))
  async onCertificate(
    @Payload() e: ConsumedEvent<CertificateData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    const standing = CERTIFICATE_STANDING[e.type as keyof typeof CERTIFICATE_STANDING];
    await this.evaluate(
      context,
      await this.readModel.recordCertificate(context.transaction, e.data, standing, e.time),
    );
  }
}
