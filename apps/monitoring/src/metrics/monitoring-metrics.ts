import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Kafka, type Admin } from 'kafkajs';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { ALERT_KINDS, RISK_LEVELS } from '@hb/contracts';
import { kafkaClientConfig, MESSAGING_OPTIONS, TopicNamer, type MessagingOptions } from '@hb/messaging';
import { ServiceMetrics } from '@hb/observability';
import { AlertsRepository } from '../alerts/alerts.repository';
import { MONITORED_TOPICS } from '../monitored-topics';
import { ProducerRiskRepository } from '../risk/producer-risk.repository';

/**
 * The service's own gauges, read when Prometheus scrapes: open alerts by kind, producers by risk
 * level, and how far the consumer group is behind each topic it reads (records not yet applied).
 */
@Injectable()
export class MonitoringMetrics implements OnApplicationShutdown {
  private admin: Promise<Admin> | null = null;

  constructor(
    metrics: ServiceMetrics,
    private readonly dataSource: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly messaging: MessagingOptions,
    private readonly alerts: AlertsRepository,
    private readonly risk: ProducerRiskRepository,
  ) {
    const openAlerts = this.openAlerts.bind(this);
    const producersByRisk = this.producersByRisk.bind(this);
    const consumerLag = this.consumerLag.bind(this);
    new Gauge({
      name: 'hb_monitoring_open_alerts',
      help: 'Early-warning alerts open now, by kind.',
      labelNames: ['kind'] as const,
      registers: [metrics.registry],
      async collect() {
        const counts = await openAlerts();
        for (const kind of ALERT_KINDS) this.set({ kind }, counts.get(kind) ?? 0);
      },
    });
    new Gauge({
      name: 'hb_monitoring_producers_by_risk',
      help: 'Producers at each risk level.',
      labelNames: ['level'] as const,
      registers: [metrics.registry],
      async collect() {
        const counts = await producersByRisk();
        for (const level of RISK_LEVELS) this.set({ level }, counts.get(level) ?? 0);
      },
    });
    new Gauge({
      name: 'hb_monitoring_consumer_lag',
      help: 'Records on each topic the monitoring consumer group has not applied yet.',
      labelNames: ['topic'] as const,
      registers: [metrics.registry],
      async collect() {
        for (const [topic, lag] of await consumerLag()) this.set({ topic }, lag);
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.admin) await (await this.admin).disconnect().catch(() => undefined);
  }

  private async openAlerts(): Promise<Map<string, number>> {
    return this.alerts.openByKind(this.dataSource.manager);
  }

  private async producersByRisk(): Promise<Map<string, number>> {
    return this.risk.countByLevel(this.dataSource.manager);
  }

  /** Per logical topic: end offsets minus the group's committed offsets, over all partitions. */
  private async consumerLag(): Promise<Map<string, number>> {
    this.admin ??= (async () => {
      const admin = new Kafka(
        kafkaClientConfig('monitoring-metrics', this.messaging.brokers, this.messaging.security),
      ).admin();
      await admin.connect();
      return admin;
    })().catch((error: unknown) => {
      // The next scrape tries again rather than failing forever on one lost connection.
      this.admin = null;
      throw error;
    });
    const admin = await this.admin;
    const namer = new TopicNamer(this.messaging.topicPrefix);
    const lag = new Map<string, number>();
    for (const logical of MONITORED_TOPICS) {
      const topic = namer.physical(logical);
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId: this.messaging.groupId, topics: [topic] });
      const done = new Map(committed.partitions.map((p) => [p.partition, Number(p.offset)]));
      lag.set(
        logical,
        ends.reduce(
          (sum, end) => sum + Math.max(0, Number(end.high) - Math.max(done.get(end.partition) ?? 0, 0)),
          0,
        ),
      );
    }
    return lag;
  }
}
