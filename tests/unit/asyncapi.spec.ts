import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { ALL_TOPICS, EVENTS } from '@hb/contracts';
import { buildAsyncApiDocument, renderAsyncApiYaml } from '../../libs/contracts/src/asyncapi';

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
  const committed = readFileSync(resolve(__dirname, '../../docs/asyncapi.yaml'), 'utf8');

  it('is exactly what the contracts in libs say (run `npm run asyncapi` after changing an event)', () => {
    expect(committed).toBe(renderAsyncApiYaml(EVENTS, ALL_TOPICS));
  });

  it('describes every topic as a channel and every event type as a message on its topic', () => {
    const document = parse(committed) as Document;
    expect(document.asyncapi).toBe('3.0.0');
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
});
