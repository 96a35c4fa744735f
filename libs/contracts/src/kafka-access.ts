import { SERVICES, type ServiceName } from './services';
import { ALL_TOPICS, Topics, type TopicSpec } from './topics';

/**
 * The topics each service consumes. Its Kafka ACLs let it read these and no other, and its consumer
 * refuses to start when an @EventPattern handler needs another one. A new consuming service is one
 * line here.
 */
export const SUBSCRIPTIONS: Readonly<Record<ServiceName, readonly TopicSpec[]>> = {
  catalog: [Topics.order, Topics.certificate, Topics.priceReview],
  orders: [
    Topics.stock,
    Topics.shipment,
    Topics.product,
    Topics.county,
    Topics.pairing,
    Topics.emergencySale,
    Topics.lot,
  ],
  logistics: [Topics.order, Topics.telemetry, Topics.producer, Topics.lot],
  certification: [Topics.county, Topics.producer, Topics.product],
  // Its own topics too: a rebuild replays the alerts, price findings and risk levels it published.
  monitoring: [
    Topics.producer,
    Topics.product,
    Topics.inventory,
    Topics.stock,
    Topics.emergencySale,
    Topics.order,
    Topics.shipment,
    Topics.certificate,
    Topics.alert,
    Topics.priceReview,
    Topics.producerRisk,
    Topics.marketHistory,
  ],
};

/** The devices' gateway: writes readings to the telemetry topic, nothing else. */
export const TELEMETRY_GATEWAY = 'telemetry-gateway';
/** The super user that provisions topics and ACLs and runs the operator scripts (dead letters). */
export const KAFKA_ADMIN = 'admin';

/** Every Kafka user (SCRAM-SHA-512) the system needs: one per service, the gateway and the admin. */
export const KAFKA_USERS: readonly string[] = [...SERVICES, TELEMETRY_GATEWAY, KAFKA_ADMIN];

export const isServiceName = (name: string): name is ServiceName =>
  (SERVICES as readonly string[]).includes(name);

/** A service's consumer group in a deployment (tests use their own, see KafkaNamespace). */
export const serviceGroupId = (service: string): string => `harvest.${service}`;

/** A logical topic in a namespace: the same name with a prefix and a dot, or as is without one. */
export const physicalTopic = (prefix: string, logical: string): string =>
  prefix ? `${prefix}.${logical}` : logical;

/** The logical name of the topic where a consumer group puts the events it could not apply. */
export const deadLetterTopicOf = (groupId: string): string => `${groupId}.dlt`;

/** Who may write to a topic; also the only `source` its events may carry. */
export const writersOf = (topic: TopicSpec): readonly string[] => [
  topic.producer,
  ...(topic.externalWriters ?? []),
];

/** The contract topics a service writes or reads (what it needs to exist when it starts). */
export const topicsUsedBy = (service: ServiceName): TopicSpec[] =>
  ALL_TOPICS.filter((topic) => topic.producer === service || SUBSCRIPTIONS[service].includes(topic));

export type AclOperation = 'Read' | 'Write' | 'Describe';

/** One allow rule, as Kafka's StandardAuthorizer and Strimzi's KafkaUser (`type: simple`) spell it. */
export interface KafkaAcl {
  readonly principal: string;
  readonly resourceType: 'topic' | 'group';
  readonly name: string;
  readonly patternType: 'literal' | 'prefixed';
  readonly operations: readonly AclOperation[];
}

/** Where a system's topics and groups live on a broker: a deployment, or one test's namespace. */
export interface KafkaNamespace {
  readonly topicPrefix: string;
  readonly groupIdOf: (service: ServiceName) => string;
}

export const DEPLOYMENT_NAMESPACE: KafkaNamespace = { topicPrefix: '', groupIdOf: serviceGroupId };

/**
 * The ACLs of every Kafka user, from the contracts: a service writes its own topics and its
 * dead-letter topic, reads the topics it consumes and joins only groups named after its own; the
 * gateway writes telemetry only. The admin is a super user and needs none. Nothing else is allowed
 * (the broker runs with allow.everyone.if.no.acl.found=false).
 */
export function kafkaAcls(namespace: KafkaNamespace = DEPLOYMENT_NAMESPACE): KafkaAcl[] {
  const topic = (logical: string) => physicalTopic(namespace.topicPrefix, logical);
  const acls = new Map<string, { acl: KafkaAcl; operations: Set<AclOperation> }>();
  const allow = (
    principal: string,
    resourceType: KafkaAcl['resourceType'],
    name: string,
    patternType: KafkaAcl['patternType'],
    operations: AclOperation[],
  ) => {
    const key = `${principal}|${resourceType}|${patternType}|${name}`;
    let entry = acls.get(key);
    if (!entry) {
      entry = { acl: { principal, resourceType, name, patternType, operations: [] }, operations: new Set() };
      acls.set(key, entry);
    }
    for (const operation of operations) entry.operations.add(operation);
  };
  for (const service of SERVICES) {
    const groupId = namespace.groupIdOf(service);
    for (const owned of ALL_TOPICS.filter((candidate) => candidate.producer === service))
      allow(service, 'topic', topic(owned.name), 'literal', ['Write', 'Describe']);
    allow(service, 'topic', topic(deadLetterTopicOf(groupId)), 'literal', ['Write', 'Describe']);
    for (const consumed of SUBSCRIPTIONS[service])
      allow(service, 'topic', topic(consumed.name), 'literal', ['Read', 'Describe']);
    allow(service, 'group', groupId, 'prefixed', ['Read']);
  }
  for (const written of ALL_TOPICS)
    for (const writer of written.externalWriters ?? [])
      allow(writer, 'topic', topic(written.name), 'literal', ['Write', 'Describe']);
  const order: AclOperation[] = ['Read', 'Write', 'Describe'];
  return [...acls.values()].map(({ acl, operations }) => ({
    ...acl,
    operations: order.filter((operation) => operations.has(operation)),
  }));
}

/** Every topic a namespace needs, with its partitions: the contract topics and each group's dead letters. */
export function kafkaTopics(
  namespace: KafkaNamespace = DEPLOYMENT_NAMESPACE,
): { name: string; partitions: number }[] {
  return [
    ...ALL_TOPICS.map((spec) => ({
      name: physicalTopic(namespace.topicPrefix, spec.name),
      partitions: spec.partitions,
    })),
    ...SERVICES.map((service) => ({
      name: physicalTopic(namespace.topicPrefix, deadLetterTopicOf(namespace.groupIdOf(service))),
      partitions: 1,
    })),
  ];
}
