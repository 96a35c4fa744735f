import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { parse } from 'yaml';
import { ALL_TOPICS, CountyUpdated, EVENTS } from '@hb/contracts';
import { buildAsyncApiDocument, renderAsyncApiYaml } from '../../libs/contracts/src/asyncapi';
import { envelopeOf } from '../support/events';
import { ASYNCAPI_PATH, EventContractChecker } from '../support/event-contracts';

interface Document {
  asyncapi: string;
  channels: Record<string, { address: string; messages: Record<string, unknown> }>;
  components: {
    messages: Record<
      string,
      { name: string; payload: { allOf: [unknown, { properties: { data: { $ref: string } } }] } }
    >;
    schemas: Record<string, unknown>;
  };
}

describe('AsyncAPI document (docs/asyncapi.yaml)', () => {
  const committed = readFileSync(ASYNCAPI_PATH, 'utf8');

  it('is exactly what the contracts in libs say (run `npm run asyncapi` after changing an event)', () => {
    expect(committed).toBe(renderAsyncApiYaml(EVENTS, ALL_TOPICS));
  });

  it('describes every topic as a channel and every event type as a message on its topic', () => {
    const document = parse(committed) as Document;
    expect(document.asyncapi).toBe('3.1.0');
    expect(
      Object.values(document.channels)
        .map((channel) => channel.address)
        .sort(),
    ).toEqual(ALL_TOPICS.map((topic) => topic.name).sort());
    for (const definition of EVENTS.all()) {
      const channel = Object.values(document.channels).find(
        (candidate) => candidate.address === definition.topic.name,
      )!;
      const id = definition.type.replace(/\./g, '_');
      expect(channel.messages).toHaveProperty(id);
      expect(document.components.messages[id].name).toBe(definition.type);
    }
  });

  it('gives every message a payload schema with the fields its class validates', () => {
    const document = buildAsyncApiDocument(EVENTS, ALL_TOPICS) as unknown as Document;
    for (const message of Object.values(document.components.messages)) {
      const reference = message.payload.allOf[1].properties.data.$ref;
      const schema = document.components.schemas[reference.split('/').pop()!] as { properties?: object };
      expect(schema?.properties).toBeDefined();
    }
    const placed = document.components.schemas.OrderPlacedData as { required: string[] };
    expect(placed.required).toEqual(
      expect.arrayContaining(['orderId', 'buyerId', 'lines', 'totalCents', 'placedAt']),
    );
  });

  it('names every envelope attribute and extension as CloudEvents 1.0 asks: lower-case letters and digits', () => {
    const document = buildAsyncApiDocument(EVENTS, ALL_TOPICS) as unknown as {
      components: { schemas: { CloudEventEnvelope: { properties: object } } };
    };
    for (const name of Object.keys(document.components.schemas.CloudEventEnvelope.properties)) {
      expect(name).toMatch(/^[a-z0-9]{1,20}$/);
    }
  });

  it('passes the AsyncAPI parser (@asyncapi/parser) with no error, warning or hint', async () => {
    const diagnostics = await new Parser().validate(committed);
    expect(diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message} at ${d.path.join('.')}`)).toEqual(
      [],
    );
  });

  const county = envelopeOf(
    CountyUpdated,
    {
      code: '513431',
      name: 'Zhaojue',
      province: 'Sichuan',
      prefecture: 'Liangshan',
      povertyStatus: 'key',
      previousPovertyStatus: 'key',
      liftedOn: null,
      pairedCity: null,
    },
    'catalog',
  );

  it('accepts null where the validators do, and still refuses a required field that is missing', () => {
    const checker = new EventContractChecker();
    expect(checker.problemsOf(JSON.stringify(county))).toEqual([]);
    const nameless = { ...county, data: { ...county.data, name: undefined } };
    expect(checker.problemsOf(JSON.stringify(nameless))).toEqual([
      expect.stringContaining("must have required property 'name'"),
    ]);
  });

  it('refuses, like the strict CloudEvents SDK, an extension name that is not lower-case', () => {
    const checker = new EventContractChecker();
    const envelope = { ...county, correlationId: 'flow-1' };
    expect(checker.problemsOf(JSON.stringify(envelope))).toEqual(
      expect.arrayContaining([expect.stringContaining('cloudevents SDK')]),
    );
  });
});
