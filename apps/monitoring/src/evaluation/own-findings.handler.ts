import { Controller, Inject } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  AlertAcknowledged,
  AlertCleared,
  AlertRaised,
  PriceCleared,
  PriceFlagged,
  ProducerRiskChanged,
  type AlertAcknowledgedData,
  type AlertData,
  type PriceFlaggedData,
  type ProducerRiskChangedData,
} from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { AlertsRepository } from '../alerts/alerts.repository';
import { MONITORING_CONFIG, type MonitoringConfig } from '../monitoring.config';
import { PriceFlagsRepository } from '../prices/price-flags.repository';
import { ProducerRiskRepository } from '../risk/producer-risk.repository';

/**
 * Reads the service's own findings back from its topics while rebuilding (npm run
 * monitoring:rebuild): the replay restores the alerts with their ids and acknowledgements, the price
 * flags and the risk levels, in the order they were announced (each finding's events share a key),
 * so the rules evaluated afterwards announce only what really changed. Live, each finding was
 * committed with its event, so there is nothing to restore.
 */
@Controller()
export class OwnFindingsHandler {
  constructor(
    @Inject(MONITORING_CONFIG) private readonly config: MonitoringConfig,
    private readonly alerts: AlertsRepository,
    private readonly flags: PriceFlagsRepository,
    private readonly risk: ProducerRiskRepository,
  ) {}

  @EventPattern(AlertRaised.type)
  async onRaised(@Payload() e: ConsumedEvent<AlertData>, @Ctx() context: EventContext): Promise<void> {
    if (this.config.evaluateOnEvents) return;
    const { alertId, severity, ...subject } = e.data;
    await this.alerts.raise(context.transaction, subject, severity, new Date(e.time), alertId);
  }

  @EventPattern(AlertCleared.type)
  async onCleared(@Payload() e: ConsumedEvent<AlertData>, @Ctx() context: EventContext): Promise<void> {
    if (this.config.evaluateOnEvents) return;
    await this.alerts.restoreClearing(context.transaction, e.data, e.time);
  }

  @EventPattern(AlertAcknowledged.type)
  async onAcknowledged(
    @Payload() e: ConsumedEvent<AlertAcknowledgedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    if (this.config.evaluateOnEvents) return;
    await this.alerts.acknowledge(
      context.transaction,
      e.data.alertId,
      e.data.acknowledgedBy,
      e.data.acknowledgedAt,
    );
  }

  @EventPattern(PriceFlagged.type)
  async onFlagged(
    @Payload() e: ConsumedEvent<PriceFlaggedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    if (this.config.evaluateOnEvents) return;
    await this.flags.record(context.transaction, e.data, true, e.time);
  }

  @EventPattern(PriceCleared.type)
  async onPriceCleared(
    @Payload() e: ConsumedEvent<PriceFlaggedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    if (this.config.evaluateOnEvents) return;
    await this.flags.record(context.transaction, e.data, false, e.time);
  }

  @EventPattern(ProducerRiskChanged.type)
  async onRiskChanged(
    @Payload() e: ConsumedEvent<ProducerRiskChangedData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    if (this.config.evaluateOnEvents) return;
    await this.risk.record(context.transaction, e.data, e.time);
  }
}
