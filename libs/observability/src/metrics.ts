import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The Prometheus registry of one service process and the metrics the shared plumbing records.
 * Services add their own business metrics to `registry`.
 */
export class ServiceMetrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'hb_http_request_duration_seconds',
    help: 'HTTP request duration by route and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly eventsConsumed = new Counter({
    name: 'hb_events_consumed_total',
    help: 'Consumed events by type and outcome (applied, duplicate, ignored, dead_lettered).',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly eventsDeadLettered = new Counter({
    name: 'hb_events_dead_lettered_total',
    help: 'Events sent to the dead-letter topic, by type and reason (invalid-envelope, invalid-data, wrong-topic, wrong-source, handler-failed).',
    labelNames: ['type', 'reason'] as const,
    registers: [this.registry],
  });

  readonly eventHandlingDuration = new Histogram({
    name: 'hb_event_handling_duration_seconds',
    help: 'Time to apply one consumed event, including its transaction.',
    labelNames: ['type'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });

  readonly eventHandlingRetries = new Counter({
    name: 'hb_event_handling_retries_total',
    help: 'Retries of failed event handlers, by type.',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  readonly outboxPublished = new Counter({
    name: 'hb_outbox_published_total',
    help: 'Events published from the outbox to Kafka, by topic.',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });

  readonly outboxPending = new Gauge({
    name: 'hb_outbox_pending',
    help: 'Outbox rows not yet published, as seen by the relay at its last pass.',
    registers: [this.registry],
  });

  readonly outboxPublishFailures = new Counter({
    name: 'hb_outbox_publish_failures_total',
    help: 'Outbox relay batches that failed to publish (they are retried).',
    registers: [this.registry],
  });

  /**
   * Memory of ArrayBuffers and Buffers (part of `nodejs_external_memory_bytes`, which prom-client's
   * default metrics report without this share): native memory a leak of Buffers would grow.
   */
  readonly arrayBuffers = new Gauge({
    name: 'hb_nodejs_array_buffers_bytes',
    help: 'Memory allocated for ArrayBuffers and Buffers, in bytes (process.memoryUsage().arrayBuffers).',
    registers: [this.registry],
    collect() {
      this.set(process.memoryUsage().arrayBuffers);
    },
  });

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }
}
