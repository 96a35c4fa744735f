import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { CloudEvent } from 'cloudevents';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** docs/asyncapi.yaml, as an integrator downloads it. */
export const ASYNCAPI_PATH = resolve(__dirname, '../../docs/asyncapi.yaml');

interface AsyncApiDocument {
  components: { messages: Record<string, { name: string }> };
}

/**
 * Checks event records the way an integrator's own tools would: the `cloudevents` SDK with strict
 * validation, and ajv (formats on) over the payload schema that docs/asyncapi.yaml gives the event's
 * type, envelope and `data` alike.
 */
export class EventContractChecker {
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: AsyncApiDocument = parse(readFileSync(ASYNCAPI_PATH, 'utf8')) as AsyncApiDocument) {
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true });
    addFormats(ajv);
    // The document's top level is AsyncAPI, not JSON Schema; only its schemas are compiled.
    ajv.addVocabulary(['asyncapi', 'info', 'defaultContentType', 'channels', 'operations', 'components']);
    ajv.addSchema(document, 'asyncapi');
    for (const [id, message] of Object.entries(document.components.messages)) {
      this.validators.set(message.name, ajv.getSchema(`asyncapi#/components/messages/${id}/payload`)!);
    }
  }

  /** What is wrong with one record value; empty when both validators accept it. */
  problemsOf(value: string): string[] {
    let envelope: Record<string, unknown>;
    try {
      envelope = JSON.parse(value) as Record<string, unknown>;
    } catch {
      return ['the value is not JSON'];
    }
    const problems: string[] = [];
    try {
      new CloudEvent(envelope, true);
    } catch (error) {
      problems.push(`cloudevents SDK: ${describe(error)}`);
    }
    const validate = this.validators.get(String(envelope.type));
    if (!validate) problems.push(`docs/asyncapi.yaml declares no message of type ${String(envelope.type)}`);
    else if (!validate(envelope)) {
      problems.push(
        ...(validate.errors ?? []).map(
          (error) => `AsyncAPI payload: ${error.instancePath || '/'} ${error.message ?? ''}`,
        ),
      );
    }
    return problems;
  }
}

/** The SDK's message without the paragraph of the spec it quotes after the first line. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const errors = (error as Error & { errors?: unknown[] }).errors;
  const first = error.message.split('\n')[0];
  return errors && errors.length > 0 ? `${first} ${JSON.stringify(errors)}` : first;
}
