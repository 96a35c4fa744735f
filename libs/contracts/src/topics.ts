import type { ServiceName } from './services';

/** A Kafka topic: one per aggregate and version. Partition counts allow several replicas per service. */
export interface TopicSpec {
  readonly name: string;
  readonly partitions: number;
  /** The one service that owns it and writes to it (through its outbox). */
  readonly producer: ServiceName;
  /**
   * Kafka principals outside the services that may also write to it (devices' gateway); their
   * events carry their own name as `source` (kafka-access.ts).
   */
  readonly externalWriters?: readonly string[];
  readonly description: string;
}

const topic = (spec: TopicSpec): TopicSpec => Object.freeze(spec);

export const Topics = {
  county: topic({
    name: 'catalog.county.v1',
    partitions: 3,
    producer: 'catalog',
    description: 'Counties and their poverty status.',
  }),
  producer: topic({
    name: 'catalog.producer.v1',
    partitions: 3,
    producer: 'catalog',
    description: 'Producers (cooperatives, leading enterprises, family farms, relief workshops).',
  }),
  product: topic({
    name: 'catalog.product.v1',
    partitions: 3,
    producer: 'catalog',
    description: 'Products, their prices, status, badges and relief eligibility.',
  }),
  brand: topic({
    name: 'catalog.brand.v1',
    partitions: 3,
    producer: 'catalog',
    description:
      'Brands (regional public, enterprise, product) submitted for the catalogue, admitted and rejected; keyed by brand id.',
  }),
  pairing: topic({
    name: 'catalog.pairing.v1',
    partitions: 3,
    producer: 'catalog',
    description: 'Paired assistance: which city or district assists which county, and when.',
  }),
  inventory: topic({
    name: 'catalog.inventory.v1',
    partitions: 6,
    producer: 'catalog',
    description:
      'Harvest lots added and expired, and the stock level of a product after every change; keyed by product id.',
  }),
  emergencySale: topic({
    name: 'catalog.emergencySale.v1',
    partitions: 3,
    producer: 'catalog',
    description:
      'Emergency sales of produce that cannot be sold (glut, disaster, epidemic, near expiry): opened and closed; keyed by sale id.',
  }),
  lot: topic({
    name: 'catalog.lot.v1',
    partitions: 3,
    producer: 'catalog',
    description: 'Harvest lots recalled, with their class and reason; keyed by lot id.',
  }),
  stock: topic({
    name: 'catalog.stock.v1',
    partitions: 6,
    producer: 'catalog',
    description: 'Stock reservations for orders: reserved, rejected, released, committed.',
  }),
  order: topic({
    name: 'orders.order.v1',
    partitions: 6,
    producer: 'orders',
    description: 'Every transition of a bulk order through the saga.',
  }),
  standingOrder: topic({
    name: 'orders.standingOrder.v1',
    partitions: 3,
    producer: 'orders',
    description:
      'Standing orders: paused after a rejected occurrence or by their buyer; keyed by standing order id.',
  }),
  relief: topic({
    name: 'orders.relief.v1',
    partitions: 3,
    producer: 'orders',
    description: 'Consumption-relief contributions recorded when an order is accepted.',
  }),
  emergencyOffer: topic({
    name: 'orders.emergencySale.v1',
    partitions: 3,
    producer: 'orders',
    description: 'Emergency sales offered to the buyers furthest behind their pledge; keyed by sale id.',
  }),
  shipment: topic({
    name: 'logistics.shipment.v1',
    partitions: 6,
    producer: 'logistics',
    description: 'Shipments, custody changes, excursions and delivery verdicts.',
  }),
  telemetry: topic({
    name: 'logistics.telemetry.v1',
    partitions: 6,
    producer: 'logistics',
    externalWriters: ['telemetry-gateway'],
    description: 'Temperature readings from devices, keyed by shipment id.',
  }),
  certificate: topic({
    name: 'certification.certificate.v1',
    partitions: 3,
    producer: 'certification',
    description: 'Certificates issued, suspended, reinstated, revoked, expiring and expired.',
  }),
  application: topic({
    name: 'certification.application.v1',
    partitions: 3,
    producer: 'certification',
    description: 'Certification applications moving through their stages.',
  }),
  alert: topic({
    name: 'monitoring.alert.v1',
    partitions: 3,
    producer: 'monitoring',
    description: 'Early-warning alerts raised, acknowledged and cleared; keyed by alert id.',
  }),
  priceReview: topic({
    name: 'monitoring.price.v1',
    partitions: 3,
    producer: 'monitoring',
    description:
      'Product prices flagged as unreasonable against the market, and cleared; keyed by product id.',
  }),
  producerRisk: topic({
    name: 'monitoring.producer.v1',
    partitions: 3,
    producer: 'monitoring',
    description: "A producer's risk level changed; keyed by producer id.",
  }),
  marketHistory: topic({
    name: 'monitoring.marketHistory.v1',
    partitions: 3,
    producer: 'monitoring',
    description:
      "Market history imported from a county's previous platform (accepted and ordered figures per period); keyed by county and category.",
  }),
} as const satisfies Record<string, TopicSpec>;

export type TopicKey = keyof typeof Topics;
export const ALL_TOPICS: readonly TopicSpec[] = Object.values(Topics);
