import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SCHEMA = join(__dirname, '../../docs/standards/epcis/EPCIS-JSON-Schema.json');

/**
 * GS1's official EPCIS 2.0 JSON Schema (draft-07, vendored unchanged in docs/standards/epcis),
 * compiled with formats on: `validate(document)` lists what is wrong, empty when it is valid.
 */
export function epcisValidator(): (document: unknown) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
  return (document) =>
    validate(document)
      ? []
      : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
