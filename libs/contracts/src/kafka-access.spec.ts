import { kafkaAcls, SUBSCRIPTIONS, TELEMETRY_GATEWAY, writersOf } from './kafka-access';
import { SERVICES } from './services';
import { ALL_TOPICS, Topics } from './topics';

describe('Kafka ACLs generated from the contracts', () => {
  const acls = kafkaAcls();
  const allowed = (principal: string, operation: 'Read' | 'Write', topic: string) =>
    acls.some(
      (acl) =>
        acl.principal === principal &&
        acl.resourceType === 'topic' &&
        acl.name === topic &&
        acl.operations.includes(operation),
    );

  it('lets each topic be written by its owner (and declared external writers) only', () => {
    for (const topic of ALL_TOPICS) {
      const writers = [...SERVICES, TELEMETRY_GATEWAY].filter((principal) =>
        allowed(principal, 'Write', topic.name),
      );
      expect(writers.sort()).toEqual([...writersOf(topic)].sort());
    }
  });

  it('lets each service read exactly the topics it subscribes to', () => {
    for (const service of SERVICES) {
      const read = ALL_TOPICS.filter((topic) => allowed(service, 'Read', topic.name));
      expect(read.map((topic) => topic.name).sort()).toEqual(
        SUBSCRIPTIONS[service].map((topic) => topic.name).sort(),
      );
    }
  });

  it('gives each service its own dead-letter topic and consumer-group prefix, the gateway telemetry only', () => {
    expect(allowed('catalog', 'Write', 'harvest.catalog.dlt')).toBe(true);
    expect(allowed('orders', 'Write', 'harvest.catalog.dlt')).toBe(false);
    expect(
      acls
        .filter((acl) => acl.resourceType === 'group')
        .map((acl) => [acl.principal, acl.name, acl.patternType]),
    ).toEqual(SERVICES.map((service) => [service, `harvest.${service}`, 'prefixed']));
    expect(acls.filter((acl) => acl.principal === TELEMETRY_GATEWAY)).toEqual([
      {
        principal: TELEMETRY_GATEWAY,
        resourceType: 'topic',
        name: Topics.telemetry.name,
        patternType: 'literal',
        operations: ['Write', 'Describe'],
      },
    ]);
  });

  it('puts a test namespace’s topics and groups under its prefix', () => {
    const namespaced = kafkaAcls({ topicPrefix: 't-1', groupIdOf: (service) => `t-1.${service}` });
    expect(namespaced.every((acl) => acl.name.startsWith('t-1.'))).toBe(true);
    expect(namespaced.some((acl) => acl.name === 't-1.t-1.catalog.dlt')).toBe(true);
  });
});
