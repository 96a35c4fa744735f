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
function memoised(
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
const mainType = (schema: Schema) => typesOf(schema).find((type) => type !== 'null');

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

const BOUNDARY_NUMBERS: readonly number[] = [
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

function validObject(schema: Schema, context: SchemaContext, depth: number): fc.Arbitrary<unknown> {
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

// ---------------------------------------------------------------------------------------------
// Values the schema does not describe.
// ---------------------------------------------------------------------------------------------

/** A value of another JSON type than the schema's. */
export function wrongType(raw: Schema | undefined, context: SchemaContext): fc.Arbitrary<unknown> {
  return memoised('wrongType', raw, context, () => wrongTypeOf(deref(raw, context), context));
}

function wrongTypeOf(schema: Schema, context: SchemaContext): fc.Arbitrary<unknown> {
  const example = schema.example;
  switch (mainType(schema)) {
    case 'string':
      return fc.oneof(
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant([example ?? 'x']),
        fc.constant({ value: example ?? 'x' }),
      );
    case 'integer':
    case 'number':
      return fc.oneof(
        fc.constant(String(example ?? 1)),
        fc.constant(`${String(example ?? 1)} `),
        fc.boolean(),
        fc.constant([example ?? 1]),
        fc.constant({}),
        fc.constant(''),
      );
    case 'boolean':
      return fc.constantFrom('true', 'false', 1, 0, 'yes', [], {});
    case 'array':
      return fc.oneof(
        validValue(schema.items, context, 5),
        fc.constant({ 0: example?.[0] ?? null }),
        fc.constant('[]'),
        fc.integer(),
      );
    case 'object':
      return fc.oneof(
        validObject(schema, context, 5).map((value) => [value]),
        fc.constant('{}'),
        fc.integer(),
        fc.constant([]),
      );
    default:
      return nastyValue;
  }
}

/** `count` copies of an item (made once per schema: the generators reuse it, mutations copy it). */
const manyOf = (item: unknown, count: number): unknown[] =>
  Array.from({ length: count }, () => structuredClone(item));

/** Values just outside (and on) the schema's bounds, and invalid enum members. */
export function outOfBounds(raw: Schema | undefined, context: SchemaContext): fc.Arbitrary<unknown> {
  return memoised('outOfBounds', raw, context, () => outOfBoundsOf(deref(raw, context)));
}

function outOfBoundsOf(schema: Schema): fc.Arbitrary<unknown> {
  const candidates: unknown[] = [];
  if (Array.isArray(schema.enum)) {
    for (const member of schema.enum as unknown[]) {
      if (typeof member !== 'string') continue;
      candidates.push(member.toUpperCase(), ` ${member}`, `${member} `, `${member}\u0000`, member.slice(1));
    }
    candidates.push('', 'unknown_value', 0);
  }
  const type = mainType(schema);
  if (type === 'integer' || type === 'number') {
    if (typeof schema.minimum === 'number') candidates.push(schema.minimum - 1, schema.minimum - 0.5);
    if (typeof schema.maximum === 'number') candidates.push(schema.maximum + 1, schema.maximum + 0.5);
    candidates.push(...BOUNDARY_NUMBERS);
  }
  if (type === 'string') {
    if (typeof schema.maxLength === 'number') candidates.push('x'.repeat(schema.maxLength + 1));
    if (typeof schema.minLength === 'number' && schema.minLength > 0)
      candidates.push('x'.repeat(schema.minLength - 1));
    if (typeof schema.example === 'string') {
      candidates.push(`${schema.example}x`, schema.example.slice(0, -1), ` ${schema.example}`);
    }
    candidates.push(...NASTY_STRINGS);
  }
  if (type === 'array') {
    const item = schema.example?.[0] ?? null;
    if (typeof schema.maxItems === 'number') candidates.push(manyOf(item, schema.maxItems + 1));
    if (typeof schema.minItems === 'number' && schema.minItems > 0) candidates.push([]);
    candidates.push(manyOf(item, 5_000), [null], [[]]);
  }
  if (candidates.length === 0) return nastyValue;
  return fc.constantFrom(...candidates);
}

/** Where in a value a mutation can land: the value itself and everything in it, with their schemas. */
interface Site {
  readonly path: readonly (string | number)[];
  /** As written in the document (unresolved), so that generators built for it are reused. */
  readonly schema: Schema | undefined;
  readonly isObject: boolean;
}

function sitesOf(
  value: unknown,
  raw: Schema | undefined,
  context: SchemaContext,
  path: (string | number)[] = [],
): Site[] {
  const schema = deref(raw, context);
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  const sites: Site[] = [{ path, schema: raw, isObject }];
  if (path.length > 8) return sites;
  if (Array.isArray(value)) {
    value
      .slice(0, 5)
      .forEach((item, index) => sites.push(...sitesOf(item, schema.items, context, [...path, index])));
  } else if (isObject) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of Object.keys(value)) {
      sites.push(
        ...sitesOf((value as Record<string, unknown>)[key], properties[key], context, [...path, key]),
      );
    }
    // Required properties that are absent can be sent wrong too.
    for (const key of Object.keys(properties)) {
      if (!(key in value)) sites.push({ path: [...path, key], schema: properties[key], isObject: false });
    }
  }
  return sites;
}

/** Property names a client may not set, and names that poison prototypes or confuse parsers. */
const UNKNOWN_PROPERTIES = [
  'reliefEligible',
  'status',
  'badges',
  'version',
  'id',
  'unitPriceCents',
  'feeCents',
  'buyerId',
  'operatorId',
  'organisationId',
  '__proto__',
  'constructor',
  'prototype',
  '',
  ' ',
  '\u0000',
  'a'.repeat(300),
  '🌾',
];

export type Mutation =
  | { op: 'set'; path: readonly (string | number)[]; value: unknown; why: string }
  | { op: 'delete'; path: readonly (string | number)[] }
  | { op: 'extra'; path: readonly (string | number)[]; key: string; value: unknown };

function mutationAt(site: Site, context: SchemaContext): fc.Arbitrary<Mutation> {
  const set =
    (why: string) =>
    (value: unknown): Mutation => ({ op: 'set', path: site.path, value, why });
  const options: fc.Arbitrary<Mutation>[] = [
    wrongType(site.schema, context).map(set('wrong type')),
    outOfBounds(site.schema, context).map(set('out of bounds')),
    nastyValue.map(set('nasty value')),
    fc.constant(null).map(set('null')),
  ];
  if (site.path.length > 0) options.push(fc.constant<Mutation>({ op: 'delete', path: site.path }));
  if (site.isObject) {
    options.push(
      fc
        .tuple(
          fc.oneof(fc.constantFrom(...UNKNOWN_PROPERTIES), fc.string({ minLength: 1, maxLength: 12 })),
          nastyValue,
        )
        .map(([key, value]): Mutation => ({ op: 'extra', path: site.path, key, value })),
    );
  }
  return fc.oneof(...options);
}

function setAt(
  target: unknown,
  path: readonly (string | number)[],
  update: (parent: any, key: string | number) => void,
): unknown {
  if (path.length === 0) return target;
  let parent: any = target;
  for (const key of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') return target;
    parent = parent[key];
  }
  if (parent === null || typeof parent !== 'object') return target;
  update(parent, path[path.length - 1]);
  return target;
}

/** A copy to mutate; values nested too deeply to copy are generated fresh for each case anyway. */
function copy<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** Defines an own property, even one named `__proto__` (an assignment would set the prototype). */
const defineOwn = (object: object, key: string | number, value: unknown) =>
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });

export function applyMutation(value: unknown, mutation: Mutation): unknown {
  switch (mutation.op) {
    case 'set': {
      const replacement = copy(mutation.value);
      if (mutation.path.length === 0) return replacement;
      return setAt(value, mutation.path, (parent, key) => defineOwn(parent, key, replacement));
    }
    case 'delete':
      return setAt(value, mutation.path, (parent, key) => {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      });
    case 'extra': {
      const inside = (object: unknown) => {
        if (object !== null && typeof object === 'object' && !Array.isArray(object))
          defineOwn(object, mutation.key, copy(mutation.value));
      };
      if (mutation.path.length === 0) inside(value);
      else setAt(value, mutation.path, (parent, key) => inside(parent[key]));
      return value;
    }
  }
}

export const describeMutation = (mutation: Mutation): string => {
  const at = mutation.path.length > 0 ? mutation.path.join('.') : '(root)';
  if (mutation.op === 'delete') return `delete ${at}`;
  if (mutation.op === 'extra') return `add unknown ${JSON.stringify(mutation.key).slice(0, 40)} at ${at}`;
  return `${mutation.why} at ${at}`;
};

/** A value the schema describes with one to three things made wrong in it. */
export function mutatedValue(
  schema: Schema | undefined,
  context: SchemaContext,
  /** What to make wrong (default: values the schema describes). */
  base: fc.Arbitrary<unknown> = validValue(schema, context),
): fc.Arbitrary<{ value: unknown; mutations: string[] }> {
  return base.chain((valid) => {
    const sites = sitesOf(valid, schema, context);
    const mutation = fc
      .integer({ min: 0, max: sites.length - 1 })
      .chain((index) => mutationAt(sites[index], context));
    return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => {
      let value = copy(valid);
      for (const mutation of mutations) value = applyMutation(value, mutation);
      return { value, mutations: mutations.map(describeMutation) };
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Whole bodies, as they travel: JSON text (well-formed or not) with a content type.
// ---------------------------------------------------------------------------------------------

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
