import fc from 'fast-check';
import { mutatedValue, wrongType } from './mutations';
import { deref, likeExample, nastyValue, validValue, type Schema, type SchemaContext } from './values';

/**
 * Whole bodies as they travel (JSON text, well-formed or not, with a content type), path segments and
 * header values.
 */
export type PayloadKind = 'valid' | 'mutated' | 'replaced' | 'raw' | 'none';

export interface Payload {
  readonly kind: PayloadKind;
  /** Sent as it is; undefined: no body. */
  readonly text?: string;
  readonly contentType?: string;
  readonly note: string;
}

const json = (value: unknown): string => JSON.stringify(value) ?? 'null';

/** Raw texts that are not the JSON they claim to be, or JSON that strains a parser. */
export function rawTexts(valid: unknown): fc.Arbitrary<{ text: string; note: string }> {
  const text = json(valid);
  return fc.oneof(
    fc
      .nat({ max: Math.max(0, text.length - 1) })
      .map((cut) => ({ text: text.slice(0, cut), note: `truncated at ${cut}` })),
    fc.constantFrom(
      { text: '', note: 'empty' },
      { text: ' ', note: 'blank' },
      { text: 'null', note: 'null' },
      { text: '{', note: 'unclosed' },
      { text: '{"a":1,}', note: 'trailing comma' },
      { text: "{'a':1}", note: 'single quotes' },
      { text: '{"a":NaN}', note: 'NaN literal' },
      { text: '{"a":1e999}', note: 'number overflowing to Infinity' },
      { text: '{"a":-1e999}', note: 'number overflowing to -Infinity' },
      { text: `{"a":${'9'.repeat(400)}}`, note: '400-digit number' },
      { text: '\ufeff{}', note: 'byte order mark' },
      { text: '{"a":"\u0000"}', note: 'raw NUL in a string' },
      { text: '{"a":"\\u0000"}', note: 'escaped NUL in a string' },
      { text: '{"a":"\\ud800"}', note: 'escaped lone surrogate' },
      { text: '{"__proto__":{"polluted":true}}', note: '__proto__ key' },
      { text: '{"constructor":{"prototype":{"polluted":true}}}', note: 'constructor.prototype key' },
      { text: '['.repeat(10_000), note: '10,000 unclosed brackets' },
      { text: `${'['.repeat(5_000)}${']'.repeat(5_000)}`, note: '5,000 nested arrays' },
      { text: `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`, note: '5,000 nested objects' },
      { text: `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`, note: '50,000 nested objects' },
    ),
    fc.string({ unit: 'binary', maxLength: 64 }).map((garbage) => ({ text: garbage, note: 'random text' })),
    fc.constant({ text: text.replace(/^\{/, '{"dup":1,"dup":2,'), note: 'duplicate keys' }),
    fc.constant({ text: `${text}${text}`, note: 'two documents' }),
  );
}

/**
 * What a client could send to an operation whose body the schema describes (or that takes none,
 * when the schema is undefined): mostly valid-looking and mutated JSON, and some bodies that are
 * not JSON at all or come with another content type.
 */
export function payloads(
  schema: Schema | undefined,
  context: SchemaContext,
  /** Bodies known to be accepted (in the state the test set up), made wrong as often as the generated ones. */
  known?: () => unknown,
): fc.Arbitrary<Payload> {
  const jsonType = 'application/json';
  const generated = schema ? validValue(schema, context) : fc.constant({});
  const base = known
    ? fc.oneof(
        generated,
        fc.constant(null).map(() => known()),
      )
    : generated;
  const options: fc.WeightedArbitrary<Payload>[] = [
    {
      weight: schema ? 25 : 2,
      arbitrary: base.map((value) => ({
        kind: 'valid',
        text: json(value),
        contentType: jsonType,
        note: 'valid-looking',
      })),
    },
    {
      weight: schema ? 45 : 4,
      arbitrary: (schema
        ? mutatedValue(schema, context, base)
        : nastyValue.map((value) => ({ value, mutations: ['nasty body'] }))
      ).map(({ value, mutations }) => ({
        kind: 'mutated',
        text: json(value),
        contentType: jsonType,
        note: mutations.join('; '),
      })),
    },
    {
      weight: 10,
      arbitrary: fc
        .oneof(
          nastyValue,
          schema ? wrongType(schema, context) : nastyValue,
          base.map((value) => [value]),
        )
        .map((value) => ({
          kind: 'replaced',
          text: json(value),
          contentType: jsonType,
          note: 'whole body replaced',
        })),
    },
    {
      weight: 10,
      arbitrary: base
        .chain(rawTexts)
        .map(({ text, note }) => ({ kind: 'raw', text, contentType: jsonType, note })),
    },
    {
      weight: 5,
      arbitrary: fc
        .tuple(
          base,
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/json; charset=utf-16',
            'application/xml',
            'application/json-patch+json',
            '',
          ),
        )
        .map(([value, contentType]) => ({
          kind: 'raw',
          text: json(value),
          contentType,
          note: `content type "${contentType}"`,
        })),
    },
    { weight: schema ? 5 : 78, arbitrary: fc.constant<Payload>({ kind: 'none', note: 'no body' }) },
  ];
  return fc.oneof(...options);
}

// ---------------------------------------------------------------------------------------------
// Path segments and header values.
// ---------------------------------------------------------------------------------------------

export interface Segment {
  readonly kind: 'known' | 'valid-format' | 'garbage';
  /** As it goes into the URL (percent-encoded, or deliberately not). */
  readonly encoded: string;
}

const GARBAGE_SEGMENTS: readonly string[] = [
  '%00',
  '%',
  '%ZZ',
  '%2F',
  '%2e%2e',
  '..',
  '%20',
  '%F0%9F%8C%BE',
  '%C0%AF',
  '%FF%FE',
  'null',
  'undefined',
  '-1',
  '0',
  '1e999',
  '99999999999999999999',
  "'%20OR%20'1'%3D'1",
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '3F2A4C8E-1D2B-4E5F-8A9B-0C1D2E3F4A5B',
  '3f2a4c8e1d2b4e5f8a9b0c1d2e3f4a5b',
  '{3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b}',
  'x'.repeat(101),
  'x'.repeat(2_000),
  '%E6%98%AD'.repeat(40),
];

/** A path parameter: a known value, another of its format, or garbage. */
export function pathSegments(
  raw: Schema | undefined,
  context: SchemaContext,
  known: readonly string[] = [],
): fc.Arbitrary<Segment> {
  const schema = deref(raw, context);
  const format: fc.Arbitrary<string> =
    schema.format === 'uuid'
      ? fc.uuid()
      : typeof schema.example === 'string'
        ? fc.oneof(fc.constant(schema.example), likeExample(schema.example))
        : fc.uuid();
  const options: fc.WeightedArbitrary<Segment>[] = [
    {
      weight: 4,
      arbitrary: format.map((value) => ({ kind: 'valid-format', encoded: encodeURIComponent(value) })),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...GARBAGE_SEGMENTS).map((encoded) => ({ kind: 'garbage', encoded })),
    },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
        )
        .map((value) => ({ kind: 'garbage', encoded: encodeURIComponent(value) })),
    },
  ];
  if (known.length > 0) {
    options.push({
      weight: 5,
      arbitrary: fc
        .constantFrom(...known)
        .map((value) => ({ kind: 'known', encoded: encodeURIComponent(value) })),
    });
  }
  return fc.oneof(...options);
}

/** A header value: a valid-looking one (a UUID), header-safe garbage, or none. */
export const headerValues: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.uuid() },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)),
      minLength: 1,
      maxLength: 300,
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom(' ', 'a b', 'x'.repeat(256), '') },
  { weight: 1, arbitrary: fc.constant(undefined) },
);
