// class-transformer ships this module without a declaration at its own path; class-validator-jsonschema
// needs the storage to follow @Type() into nested payload classes.
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
