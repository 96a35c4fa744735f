import fc from 'fast-check';
import {
  BOUNDARY_NUMBERS,
  deref,
  mainType,
  memoised,
  NASTY_STRINGS,
  nastyValue,
  validObject,
  validValue,
  type Schema,
  type SchemaContext,
} from './values';

/** Values a schema does not describe: other types, values past its bounds, and mutations of valid values. */
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
