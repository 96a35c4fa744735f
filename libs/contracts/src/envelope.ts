/**
 * The envelope every Harvest Bridge event travels in. Attribute names follow CloudEvents 1.0; the
 * whole envelope is the Kafka record value (CloudEvents "structured content mode", content type
 * `application/cloudevents+json`), and `subject` is also the record key so that one aggregate's
 * events stay in order on one partition.
 */
export interface EventEnvelope<TData = unknown> {
  /** UUID, unique forever; consumers deduplicate on it. */
  id: string;
  /** Event type with its version, e.g. `orders.order.placed.v1`. */
  type: string;
  /** The service that produced the event, e.g. `orders`. */
  source: string;
  /** When the state change happened, UTC ISO-8601. */
  time: string;
  /** Aggregate id; also the Kafka key. */
  subject: string;
  specversion: '1.0';
  datacontenttype: 'application/json';
  data: TData;
  /** W3C trace context of the request or event that caused this one. */
  traceparent?: string;
  /**
   * Follows one business flow across services and into logs. CloudEvents extension names are
   * lower-case letters and digits only, hence not `correlationId`.
   */
  correlationid?: string;
}

/**
 * The spelling of the correlation extension before it followed CloudEvents naming. Events written
 * with it may still be on the topics, so consumers read it for one more release.
 */
export const LEGACY_CORRELATION_ATTRIBUTE = 'correlationId';

/** The correlation id of an envelope, in the current spelling or the legacy one. */
export function correlationIdOf(envelope: object): string | undefined {
  const attributes = envelope as Record<string, unknown>;
  const current = attributes.correlationid;
  if (typeof current === 'string') return current;
  const legacy = attributes[LEGACY_CORRELATION_ATTRIBUTE];
  return typeof legacy === 'string' ? legacy : undefined;
}

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';
