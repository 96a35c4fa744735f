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
  /** Follows one business flow across services and into logs. */
  correlationId?: string;
}

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';
