import fc from 'fast-check';

/**
 * fast-check generators driven by a schema: an OpenAPI 3.0 schema object of a service's /docs, or
 * a JSON Schema of the AsyncAPI document built from the event contracts. The same generators make
 * the HTTP fuzzers' bodies and the event fuzzers' payloads: values the schema describes
 * ("valid-looking", from its examples, enums, formats, patterns and bounds), and values it does not
 * (wrong types, missing required fields, unknown properties, out-of-range numbers, huge, empty and
 * unicode strings, nulls, arrays for objects, deep nesting, invalid enum values).
 */
export type Schema = Record<string, any>;

export interface SchemaContext {
  /** Resolves a local `$ref` (`#/components/schemas/Name`). */
  resolve(ref: string): Schema | undefined;
  /**
   * Values the system knows, by property name (ids of seeded aggregates, codes of registered
   * counties…): valid-looking values use them often, so that generated requests get past
   * "unknown id" checks into the code behind.
   */
  readonly hints: Readonly<Record<string, readonly unknown[]>>;
}

export function schemaContext(
  components: Record<string, Schema> = {},
  hints: Record<string, readonly unknown[]> = {},
): SchemaContext {
  return {
    resolve: (ref) => {
      const match = /^#\/components\/schemas\/(.+)$/.exec(ref);
      return match ? components[match[1]] : undefined;
    },
    hints,
  };
}

/** The schema with its `$ref` and `allOf` resolved (siblings of a `$ref` win, as in OpenAPI 3.1). */
export function deref(schema: Schema | undefined, context: SchemaContext, depth = 0): Schema {
  if (!schema || depth > 20) return {};
  let result: Schema = schema;
  if (typeof schema.$ref === 'string') {
    const { $ref, ...siblings } = schema;
    const target = context.resolve($ref);
    result = target ? { ...deref(target, context, depth + 1), ...siblings } : siblings;
  }
  if (Array.isArray(result.allOf)) {
    const { allOf, ...rest } = result;
    result = (allOf as Schema[]).reduce<Schema>(
      (merged, part) => {
        const resolved = deref(part, context, depth + 1);
        return {
          ...merged,
          ...resolved,
          properties: { ...merged.properties, ...resolved.properties },
          required: [...(merged.required ?? []), ...(resolved.required ?? [])],
        };
      },
      { ...rest, properties: rest.properties ?? {}, required: rest.required ?? [] },
    );
  }
  return result;
}

const memo = new WeakMap<SchemaContext, Map<string, WeakMap<Schema, fc.Arbitrary<unknown>>>>();

/** Builds an arbitrary once per schema object (the generators run thousands of times). */
export function memoised(
  kind: string,
  raw: Schema | undefined,
  context: SchemaContext,
  make: () => fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  if (!raw) return make();
  let byKind = memo.get(context);
  if (!byKind) memo.set(context, (byKind = new Map()));
  let bySchema = byKind.get(kind);
  if (!bySchema) byKind.set(kind, (bySchema = new WeakMap()));
  let arbitrary = bySchema.get(raw);
  if (!arbitrary) bySchema.set(raw, (arbitrary = make()));
  return arbitrary;
}

const typesOf = (schema: Schema): string[] => {
  const declared = schema.type;
  if (Array.isArray(declared)) return declared as string[];
  if (typeof declared === 'string') return [declared];
  if (schema.properties) return ['object'];
  if (schema.items) return ['array'];
  return [];
};

const nullable = (schema: Schema) => schema.nullable === true || typesOf(schema).includes('null');
export const mainType = (schema: Schema) => typesOf(schema).find((type) => type !== 'null');

// ---------------------------------------------------------------------------------------------
// Strings that every parser, validator, database and log line downstream should survive.
// ---------------------------------------------------------------------------------------------

const HUGE = 100_000;

/** Strings hostile to validators, SQL, JSON, UTF-8 and logs, each well under the body limit. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\r\n',
  '\u0000',
  'nul\u0000inside',
  '\u0000'.repeat(64),
  '\ud800',
  'lone \udfff surrogate',
  '\ufeffbom',
  '\u202eRTL override',
  'zero\u200bwidth',
  'e\u0301\u0301\u0301 combining',
  '🌾🐐🍵',
  '👩‍👩‍👧‍👦',
  '马铃薯 — 昭觉县',
  'ＦＵＬＬＷＩＤＴＨ５１３４３１',
  '٥١٣٤٣١',
  "' OR '1'='1",
  "'; DROP TABLE outbox; --",
  '%00',
  '%s%s%s%n',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '0x1F',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31',
  '2026-13-01',
  '2026-11-28T25:61:61+99:99',
  '2026-11-28T07:15:00',
  '2026-11-28T07:15:00.1234567890Z',
  '+275760-09-13T00:00:00.000Z',
  'x'.repeat(65),
  'x'.repeat(201),
  'x'.repeat(2_001),
  '昭'.repeat(20_000),
  'x'.repeat(HUGE),
];

export const BOUNDARY_NUMBERS: readonly number[] = [
  0,
  -0,
  -1,
  1,
  0.5,
  -0.5,
  1.5,
  5e-324,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53 - 1,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  1e21,
  1e308,
  -1e308,
  Number.MAX_VALUE,
];

/** A value of every JSON type, nested deeply, so that recursion without a bound runs out of stack. */
export function deeplyNested(depth: number, kind: 'object' | 'array'): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = kind === 'object' ? { a: value } : [value];
  return value;
}

/** Any JSON value hostile in general, whatever the schema says. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...BOUNDARY_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], [[]], [{}], { '': '' }) },
  { weight: 1, arbitrary: fc.constantFrom(100, 2_000).map((depth) => deeplyNested(depth, 'object')) },
  { weight: 1, arbitrary: fc.constantFrom(100, 2_000).map((depth) => deeplyNested(depth, 'array')) },
  { weight: 1, arbitrary: fc.array(fc.constant(null), { minLength: 1_001, maxLength: 1_001 }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** A string shaped like an example: each digit, lower- and upper-case letter replaced by another of its kind. */
export function shapedLike(example: string): fc.Arbitrary<string> {
  return fc
    .array(fc.integer({ min: 0, max: 25 }), { minLength: example.length, maxLength: example.length })
    .map((picks) =>
      [...example]
        .map((char, index) => {
          if (/\d/.test(char)) return String(picks[index] % 10);
          if (/[a-z]/.test(char)) return String.fromCharCode(97 + picks[index]);
          if (/[A-Z]/.test(char)) return String.fromCharCode(65 + picks[index]);
          return char;
        })
        .join(''),
    );
}

const DAY_MS = 86_400_000;

/**
 * Strings like an example: dates and timestamps as real ones around today (so that rules such as
 * "not in the future" are met as often as broken), anything else shaped like it.
 */
export function likeExample(example: string): fc.Arbitrary<string> {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(example)) return fc.uuid();
  const around = (days: number) =>
    fc.integer({ min: -days * DAY_MS, max: days * DAY_MS }).map((offset) => new Date(Date.now() + offset));
  if (/^\d{4}-\d{2}-\d{2}$/.test(example)) {
    return fc.oneof(
      around(400).map((date) => date.toISOString().slice(0, 10)),
      shapedLike(example),
    );
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(example)) {
    return fc.oneof(
      around(3).map((date) => date.toISOString()),
      shapedLike(example),
    );
  }
  return shapedLike(example);
}

const patternArbitrary = (pattern: string): fc.Arbitrary<string> | undefined => {
  try {
    return fc.stringMatching(new RegExp(pattern.startsWith('^') ? pattern : `^${pattern}$`));
  } catch {
    return undefined;
  }
};

const withExample = (schema: Schema, generated: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  schema.example === undefined
    ? generated
    : fc.oneof(fc.constant(structuredClone(schema.example)), generated);

// ---------------------------------------------------------------------------------------------
// Values the schema describes.
// ---------------------------------------------------------------------------------------------

/** A value the schema describes: types, enums, formats, patterns, bounds, required properties. */
export function validValue(
  raw: Schema | undefined,
  context: SchemaContext,
  depth = 0,
): fc.Arbitrary<unknown> {
  const make = () => {
    const schema = deref(raw, context);
    const core = validCore(schema, context, depth);
    return nullable(schema) ? fc.option(core, { nil: null, freq: 6 }) : core;
  };
  return depth === 0 ? memoised('valid', raw, context, make) : make();
}

function validCore(schema: Schema, context: SchemaContext, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0)
    return fc.constantFrom(...(schema.enum as unknown[]));
  switch (mainType(schema)) {
    case 'string':
      return withExample(schema, validString(schema));
    case 'integer':
    case 'number':
      return withExample(schema, validNumber(schema));
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 4, minLength + 4));
      if (depth > 6) return fc.constant([]);
      return withExample(
        schema,
        fc.array(validValue(schema.items, context, depth + 1), { minLength, maxLength }),
      );
    }
    case 'object':
      return withExample(schema, validObject(schema, context, depth));
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function validString(schema: Schema): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date-time') return isoDate().map((date) => date.toISOString());
  if (schema.format === 'date') return isoDate().map((date) => date.toISOString().slice(0, 10));
  if (typeof schema.pattern === 'string') {
    const matching = patternArbitrary(schema.pattern);
    if (matching) return matching;
  }
  if (typeof schema.example === 'string' && schema.example.length > 0) return likeExample(schema.example);
  const minLength = schema.minLength ?? 0;
  return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 40, 60)) });
}

const isoDate = () =>
  fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  });

function validNumber(schema: Schema): fc.Arbitrary<number> {
  // Documents often leave out what the validators know: an integral example says "integer", a
  // non-negative one "not negative".
  const example = typeof schema.example === 'number' ? schema.example : undefined;
  const min =
    typeof schema.minimum === 'number'
      ? schema.minimum
      : example !== undefined && example >= 0
        ? 0
        : -1_000_000;
  const max = typeof schema.maximum === 'number' ? schema.maximum : 1_000_000_000;
  if (mainType(schema) === 'integer' || (example !== undefined && Number.isInteger(example))) {
    const low = Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER);
    const high = Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER);
    return fc.oneof(
      fc.integer({ min: low, max: high }),
      fc.integer({ min: low, max: Math.min(high, low + 1_000) }),
      fc.constantFrom(low, high),
    );
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

export function validObject(schema: Schema, context: SchemaContext, depth: number): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) {
    const generated = validValue(property, context, depth + 1);
    const known = context.hints[name];
    model[name] =
      known && known.length > 0
        ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: generated })
        : generated;
  }
  const required = ((schema.required ?? []) as string[]).filter((name) => name in model);
  return fc.record(model, { requiredKeys: required });
}
