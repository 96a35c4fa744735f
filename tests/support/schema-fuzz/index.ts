/**
 * fast-check generators driven by a schema, in three parts: the values a schema describes
 * (values.ts), the values it does not (mutations.ts), and whole bodies, path segments and headers as
 * they travel (payloads.ts).
 */
export * from './values';
export * from './mutations';
export * from './payloads';
