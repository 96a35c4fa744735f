import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Answer, Call } from './http';
import type { RunningService } from './service-harness';

type Json = Record<string, unknown>;

interface Sample {
  readonly service: RunningService;
  readonly method: string;
  readonly path: string;
  readonly answer: Answer;
}

export interface ConformanceReport {
  /** Responses validated, at most `perRouteAndStatus` of each operation and status. */
  readonly checked: number;
  /** The operations and statuses seen, e.g. `GET /v1/orders/{id} 404`. */
  readonly seen: string[];
  readonly failures: string[];
}

/** Not part of the API: the documents themselves, and the Prometheus scrape (text, excluded from OpenAPI). */
const UNDOCUMENTED = /^\/(docs|metrics)(\/|$)/;

const mediaTypeOf = (answer: Answer) =>
  String(answer.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();

/**
 * Checks real responses against the OpenAPI 3.1 document the service serves, as an integrator's
 * validator would: `watch` a service to record what it answers, then `verify` validates a sample of
 * every operation and status with ajv (formats on) against the schema the document gives that status
 * and media type. A status or media type the document does not declare is a failure too.
 */
export class ResponseConformance {
  private readonly samples: Sample[] = [];

  constructor(private readonly perRouteAndStatus = 5) {}

  /** The same service, with every answer it gives recorded. */
  watch(service: RunningService): RunningService {
    return {
      ...service,
      call: async (request: Call) => {
        const answer = await service.call(request);
        const path = request.url.split('?')[0];
        if (!UNDOCUMENTED.test(path)) this.samples.push({ service, method: request.method, path, answer });
        return answer;
      },
    };
  }

  async verify(): Promise<ConformanceReport> {
    const failures: string[] = [];
    const seen = new Map<string, number>();
    const documents = new Map<RunningService, Promise<DocumentValidator>>();
    for (const sample of this.samples) {
      if (!documents.has(sample.service)) documents.set(sample.service, DocumentValidator.of(sample.service));
      const validator = await documents.get(sample.service)!;
      const template = validator.templateOf(sample.path);
      const operation = `${sample.method} ${template ?? sample.path} ${sample.answer.status}`;
      const count = seen.get(operation) ?? 0;
      seen.set(operation, count + 1);
      if (count >= this.perRouteAndStatus) continue;
      if (!template) {
        failures.push(`${operation}: the document has no such path`);
        continue;
      }
      const problem = validator.problemOf(sample.method, template, sample.answer);
      if (problem) failures.push(`${operation}: ${problem}`);
    }
    const checked = [...seen.values()].reduce((sum, n) => sum + Math.min(n, this.perRouteAndStatus), 0);
    return { checked, seen: [...seen.keys()].sort(), failures };
  }
}

class DocumentValidator {
  private static next = 0;
  private readonly ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
  private readonly id = `openapi-${(DocumentValidator.next += 1)}`;
  private readonly templates: { template: string; pattern: RegExp; parameters: number }[];
  private readonly compiled = new Map<string, ValidateFunction>();

  private constructor(private readonly document: Json) {
    addFormats(this.ajv);
    this.ajv.addVocabulary([
      'openapi',
      'info',
      'servers',
      'paths',
      'components',
      'tags',
      'security',
      'example',
    ]);
    this.ajv.addSchema(document, this.id);
    this.templates = Object.keys(document.paths as Json)
      .map((template) => ({
        template,
        pattern: new RegExp(
          `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`,
        ),
        parameters: (template.match(/\{/g) ?? []).length,
      }))
      .sort((a, b) => a.parameters - b.parameters);
  }

  static async of(service: RunningService): Promise<DocumentValidator> {
    const served = await service.call({ method: 'GET', url: '/docs/openapi.json' });
    return new DocumentValidator(served.body as Json);
  }

  templateOf(path: string): string | undefined {
    return this.templates.find(({ pattern }) => pattern.test(path))?.template;
  }

  /** What is wrong with one answer; undefined when the document declares it as it is. */
  problemOf(method: string, template: string, answer: Answer): string | undefined {
    const operation = ((this.document.paths as Record<string, Json>)[template] ?? {})[
      method.toLowerCase()
    ] as { responses?: Record<string, { content?: Record<string, { schema?: Json }> }> } | undefined;
    if (!operation) return 'the document has no such operation';
    const response = operation.responses?.[String(answer.status)] ?? operation.responses?.default;
    if (!response) return 'the document does not declare this status';
    const mediaType = mediaTypeOf(answer);
    if (!response.content)
      return answer.body === '' ? undefined : `a ${mediaType} body the document does not declare`;
    const schema = response.content[mediaType]?.schema;
    if (!schema)
      return `media type ${mediaType || 'none'} is not declared (${Object.keys(response.content).join(', ')})`;
    const key = `${method} ${template} ${answer.status} ${mediaType}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(
        JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', `"${this.id}#/components/`)) as Json,
      );
      this.compiled.set(key, validate);
    }
    if (validate(answer.body)) return undefined;
    return (validate.errors ?? [])
      .map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`)
      .join('; ');
  }
}
