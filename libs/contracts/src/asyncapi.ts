import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage, IS_OPTIONAL } from 'class-validator';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { stringify } from 'yaml';
import { CLOUDEVENTS_CONTENT_TYPE, LEGACY_CORRELATION_ATTRIBUTE } from './envelope';
import { TELEMETRY_READING_JSON_SCHEMA } from './logistics/events';
import type { EventCatalog } from './event-catalog';
import { SERVICES } from './services';
import type { TopicSpec } from './topics';

type Schema = Record<string, unknown>;

const messageId = (type: string) => type.replace(/\./g, '_');
const channelId = (topic: string) =>
  topic.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase()).replace(/\W/g, '');

const ENVELOPE: Schema = {
  type: 'object',
  description:
    'CloudEvents 1.0 envelope, structured mode: the whole envelope is the record value; `subject` is also the record key.',
  required: ['id', 'type', 'source', 'time', 'subject', 'specversion', 'datacontenttype', 'data'],
  properties: {
    id: { type: 'string', format: 'uuid', description: 'Unique forever; consumers deduplicate on it.' },
    type: { type: 'string', description: 'Versioned event type.' },
    source: { type: 'string', enum: [...SERVICES], description: 'The service that wrote the event.' },
    time: { type: 'string', format: 'date-time' },
    subject: { type: 'string', description: 'Aggregate id, also the Kafka key.' },
    specversion: { type: 'string', const: '1.0' },
    datacontenttype: { type: 'string', const: 'application/json' },
    data: { type: 'object', description: 'The event payload; each message gives its schema.' },
    traceparent: { type: 'string', description: 'W3C trace context.' },
    correlationid: {
      type: 'string',
      description: `Follows one business flow across services (CloudEvents extension). Events written before it followed CloudEvents naming carry it as \`${LEGACY_CORRELATION_ATTRIBUTE}\`; consumers read both spellings for one release.`,
    },
  },
};

const HEADERS: Schema = {
  type: 'object',
  properties: {
    'content-type': { type: 'string', const: CLOUDEVENTS_CONTENT_TYPE },
    ce_type: { type: 'string', description: 'Copy of the envelope type.' },
    ce_id: { type: 'string', description: 'Copy of the envelope id.' },
    traceparent: { type: 'string' },
    'correlation-id': { type: 'string' },
  },
};

/** A schema that also accepts `null`, as `@IsOptional()` does. */
function orNull(schema: Schema): Schema {
  const { type, enum: allowed, oneOf } = schema;
  if (typeof type === 'string') {
    return {
      ...schema,
      type: [type, 'null'],
      ...(Array.isArray(allowed) ? { enum: [...(allowed as unknown[]), null] } : {}),
    };
  }
  if (Array.isArray(oneOf)) return { ...schema, oneOf: [...(oneOf as Schema[]), { type: 'null' }] };
  return { oneOf: [schema, { type: 'null' }] };
}

/** The properties of each validated class that `@IsOptional()` lets be absent or null, inherited ones included. */
function optionalPropertiesByClass(): Map<string, Set<string>> {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<object, { name?: string; propertyName: string }[]>;
  };
  const optional = new Map<string, Set<string>>();
  for (const target of storage.validationMetadatas.keys()) {
    if (typeof target !== 'function') continue;
    const properties = new Set<string>();
    for (let cls: unknown = target; typeof cls === 'function' && cls.prototype;) {
      for (const meta of storage.validationMetadatas.get(cls) ?? []) {
        if (meta.name === IS_OPTIONAL) properties.add(meta.propertyName);
      }
      cls = Object.getPrototypeOf(cls) as unknown;
    }
    optional.set((target as { name: string }).name, properties);
  }
  return optional;
}

/**
 * Declares nullable what the validators let be null: class-validator-jsonschema leaves an
 * `@IsOptional()` field out of `required` but still types it as if it were always set, while the
 * producers send `null` for many of them (an unlifted county's `liftedOn`, a product without brand).
 */
function allowNullWhereOptional(schemas: Record<string, Schema>): Record<string, Schema> {
  const optional = optionalPropertiesByClass();
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      const nullable = optional.get(name) ?? new Set<string>();
      return [
        name,
        {
          ...schema,
          properties: Object.fromEntries(
            Object.entries(properties).map(([property, propertySchema]) => [
              property,
              nullable.has(property) ? orNull(propertySchema) : propertySchema,
            ]),
          ),
        },
      ];
    }),
  );
}

/**
 * The AsyncAPI 3.1 document of every topic and event, built from the contracts themselves (topic
 * list, event definitions, and the payload classes' validation rules as JSON Schema), so the
 * document cannot say something the code does not do.
 */
export function buildAsyncApiDocument(events: EventCatalog, topics: readonly TopicSpec[]): Schema {
  const schemas = allowNullWhereOptional(
    validationMetadatasToSchemas({
      refPointerPrefix: '#/components/schemas/',
      classTransformerMetadataStorage: defaultMetadataStorage,
      // Readings are checked by one custom rule (for speed); describe what it accepts.
      additionalConverters: {
        isCalendarDate: () => ({ type: 'string', format: 'date' }),
        isGtin14: () => ({
          type: 'string',
          pattern: '^\\d{14}$',
          description: 'A GS1 GTIN in its 14-digit form, with its GS1 check digit.',
        }),
        areTelemetryReadings: () => ({
          items: JSON.parse(JSON.stringify(TELEMETRY_READING_JSON_SCHEMA)) as Schema,
        }),
      },
    }) as Record<string, Schema>,
  );
  const definitions = events.all().sort((a, b) => a.type.localeCompare(b.type));
  const usedSchemas = new Set(definitions.map((definition) => definition.payload.name));

  const messages: Record<string, Schema> = {};
  for (const definition of definitions) {
    messages[messageId(definition.type)] = {
      name: definition.type,
      title: definition.type,
      summary: definition.description,
      contentType: CLOUDEVENTS_CONTENT_TYPE,
      headers: HEADERS,
      payload: {
        allOf: [
          { $ref: '#/components/schemas/CloudEventEnvelope' },
          {
            type: 'object',
            properties: {
              type: { type: 'string', const: definition.type },
              data: { $ref: `#/components/schemas/${definition.payload.name}` },
            },
          },
        ],
      },
      bindings: { kafka: { key: { type: 'string', description: 'The envelope subject (aggregate id).' } } },
    };
  }

  const channels: Record<string, Schema> = {};
  const operations: Record<string, Schema> = {};
  for (const topic of [...topics].sort((a, b) => a.name.localeCompare(b.name))) {
    const onTopic = definitions.filter((definition) => definition.topic.name === topic.name);
    const id = channelId(topic.name);
    channels[id] = {
      address: topic.name,
      description: topic.description,
      messages: Object.fromEntries(
        onTopic.map((definition) => [
          messageId(definition.type),
          { $ref: `#/components/messages/${messageId(definition.type)}` },
        ]),
      ),
      bindings: { kafka: { topic: topic.name, partitions: topic.partitions, bindingVersion: '0.5.0' } },
    };
    operations[`${topic.producer}Publishes${id[0].toUpperCase()}${id.slice(1)}`] = {
      action: 'send',
      title: `${topic.producer} publishes ${topic.name}`,
      channel: { $ref: `#/channels/${id}` },
      messages: onTopic.map((definition) => ({
        $ref: `#/channels/${id}/messages/${messageId(definition.type)}`,
      })),
    };
  }

  // Only the schemas the contracts reach: payload classes and the classes nested in them.
  const reachable = new Set<string>();
  const visit = (name: string) => {
    if (reachable.has(name) || !schemas[name]) return;
    reachable.add(name);
    JSON.stringify(schemas[name]).replace(/#\/components\/schemas\/(\w+)/g, (_, nested: string) => {
      visit(nested);
      return '';
    });
  };
  usedSchemas.forEach(visit);

  return {
    asyncapi: '3.1.0',
    info: {
      title: 'Harvest Bridge events',
      version: '1.0.0',
      description:
        'Every event of the four services. Each topic is written by one service through its transactional outbox (at least once, idempotent producer, acks=all); consumers deduplicate by envelope id.',
    },
    defaultContentType: CLOUDEVENTS_CONTENT_TYPE,
    channels,
    operations,
    components: {
      messages,
      schemas: {
        CloudEventEnvelope: ENVELOPE,
        ...Object.fromEntries([...reachable].sort().map((name) => [name, schemas[name]])),
      },
    },
  };
}

/** The document as committed in docs/asyncapi.yaml. */
export function renderAsyncApiYaml(events: EventCatalog, topics: readonly TopicSpec[]): string {
  return `# Generated from libs/contracts by \`npm run asyncapi\`; do not edit by hand.\n${stringify(
    buildAsyncApiDocument(events, topics),
    { lineWidth: 0, aliasDuplicateObjects: false },
  )}`;
}
