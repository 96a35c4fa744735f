import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  PathItemObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { SERVICE_PORTS, type ServiceName } from '@hb/contracts';
import { IS_PUBLIC } from '../auth/decorators';
import { UNTHROTTLED } from '../rate-limit/rate-limit.guard';

/** The media type of every error body (RFC 9457); the filter adds `; charset=utf-8`. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

const PROBLEM_SCHEMAS: Record<string, SchemaObject> = {
  Problem: {
    type: 'object',
    description:
      'RFC 9457 problem details, the body of every error. Extensions beyond the ones listed may be added by a service (e.g. the lines an order could not reserve); clients must ignore those they do not know.',
    required: ['type', 'title', 'status'],
    properties: {
      type: {
        type: 'string',
        format: 'uri-reference',
        description: 'What went wrong, as a stable reference, e.g. `/problems/validation`.',
        example: '/problems/validation',
      },
      title: { type: 'string', description: 'A short, human summary of the type.' },
      status: { type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status.' },
      detail: { type: 'string', description: 'What went wrong this time.' },
      instance: { type: 'string', format: 'uri-reference', description: 'The path that was called.' },
      correlationId: {
        type: 'string',
        description: 'The `x-correlation-id` of the request; quote it when reporting a problem.',
      },
      errors: {
        type: 'array',
        description: 'For `/problems/validation`: every field that failed and why.',
        items: { $ref: '#/components/schemas/ProblemFieldError' },
      },
      from: {
        type: 'string',
        description: 'For `/problems/illegal-transition`: the state the resource is in.',
      },
      trigger: {
        type: 'string',
        description:
          'For `/problems/illegal-transition`: what was tried (an action such as `cancel`, or the state asked for).',
      },
      to: {
        type: 'string',
        description:
          'For `/problems/illegal-transition`: the state the trigger leads to, when it leads to one state wherever it is allowed.',
      },
      allowed: {
        type: 'array',
        items: { type: 'string' },
        description: 'For `/problems/illegal-transition`: the triggers the current state allows instead.',
      },
      retryAfterSeconds: {
        type: 'integer',
        minimum: 0,
        description: 'For 429 and 503: when to try again (also in the `Retry-After` header).',
      },
    },
    additionalProperties: true,
  },
  ProblemFieldError: {
    type: 'object',
    required: ['field', 'messages'],
    properties: {
      field: { type: 'string', description: 'The path of the field, e.g. `lines.0.quantity`.' },
      messages: { type: 'array', items: { type: 'string' } },
    },
  },
};

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid (body, query, path or header); `errors` lists each field.',
  401: 'No bearer token, or one that is invalid or expired.',
  403: "The caller's role may not use this operation.",
  404: 'Nothing with this id, or it belongs to another organisation.',
  413: 'The request body is larger than the service accepts.',
  414: 'The URL, or a path parameter, is longer than the service accepts.',
  429: "The caller's organisation is over its request rate; retry after `Retry-After` seconds.",
};

interface HandlerAccess {
  readonly isPublic: boolean;
  readonly throttled: boolean;
}

/** Who may call each handler, read from the guards' metadata; keyed like Nest's operation ids. */
function handlerAccess(app: INestApplication): Map<string, HandlerAccess> {
  const access = new Map<string, HandlerAccess>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller?.prototype) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const meta = (key: string) =>
          Reflect.getMetadata(key, handler) === true || Reflect.getMetadata(key, controller) === true;
        access.set(`${controller.name}_${name}`, {
          isPublic: meta(IS_PUBLIC),
          throttled: !meta(UNTHROTTLED),
        });
      }
    }
  }
  return access;
}

const problemResponse = (description: string): ResponseObject => ({
  description,
  content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});

/**
 * The error responses of one operation, from what the platform does on every route (validation,
 * authentication, roles, rate limit, body limit) plus the ones its controller declares (409, 422…),
 * each with the Problem body the filter sends, so that controllers declare only their own errors.
 */
function describeErrors(path: string, operation: OperationObject, access: HandlerAccess): void {
  // Every request is refused with 414 before routing when its URL is over the limit (http/limits.ts).
  const statuses = new Set<number>([414]);
  const hasInput = Boolean(operation.requestBody) || (operation.parameters ?? []).length > 0;
  if (hasInput) statuses.add(400);
  if (operation.requestBody) statuses.add(413);
  if (path.includes('{')) statuses.add(404);
  if (!access.isPublic) [401, 403].forEach((status) => statuses.add(status));
  if (access.throttled) statuses.add(429);
  operation.security = access.isPublic ? [] : [{ bearer: [] }];

  const responses = operation.responses as Record<string, ResponseObject>;
  for (const status of statuses) {
    responses[status] ??= problemResponse(ERROR_DESCRIPTIONS[status]);
  }
  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) >= 400) {
      const described = problemResponse(response.description || ERROR_DESCRIPTIONS[Number(status)]);
      responses[status] = { ...response, content: described.content };
    }
  }
  operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Nest writes OpenAPI 3.0's `nullable: true`; in 3.1 (JSON Schema) null is a type of its own. Next to
 * `allOf`/`$ref`, `nullable` cannot admit null at all (the referenced schema still refuses it), so a
 * nullable reference becomes `oneOf` with null, which every JSON Schema validator reads alike.
 */
function withNullAsType(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withNullAsType);
  if (node === null || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const schema = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, withNullAsType(value)]));
  if (nullable !== true) return schema;
  const { type, allOf, $ref, ...annotations } = schema;
  if (Array.isArray(allOf) && allOf.length === 1)
    return { ...annotations, oneOf: [allOf[0], { type: 'null' }] };
  if (typeof $ref === 'string') return { ...annotations, oneOf: [{ $ref }, { type: 'null' }] };
  if (typeof type === 'string') {
    return {
      ...schema,
      type: [type, 'null'],
      ...(Array.isArray(schema.enum) ? { enum: [...(schema.enum as unknown[]), null] } : {}),
    };
  }
  return { oneOf: [schema, { type: 'null' }] };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The tags the operations use, each with the description of its first operation's controller. */
function declaredTags(document: OpenAPIObject): { name: string; description: string }[] {
  const names = new Set<string>();
  for (const item of Object.values<PathItemObject>(document.paths)) {
    for (const method of METHODS) for (const tag of item[method]?.tags ?? []) names.add(tag);
  }
  return [...names].sort().map((name) => ({ name, description: `Operations on ${name}.` }));
}

export interface OpenApiService {
  readonly name: ServiceName;
  readonly title: string;
  readonly description: string;
}

/**
 * The OpenAPI document of a service: what its controllers declare, plus the error responses, security
 * and metadata every operation shares, added here once (see describeErrors).
 */
export function buildOpenApiDocument(app: INestApplication, service: OpenApiService): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(service.title)
      .setDescription(service.description)
      .setVersion('1')
      .setOpenAPIVersion('3.1.0')
      .addServer(
        '/',
        `The origin the service answers on: e.g. http://localhost:${SERVICE_PORTS[service.name]} in a local run (\`npm run up\`).`,
      )
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
      .build(),
  );
  // Proprietary (package.json: UNLICENSED): no licence text lives at a URL, so OpenAPI 3.1's SPDX identifier names it.
  document.info.license = {
    name: 'Proprietary',
    identifier: 'LicenseRef-HarvestBridge-Proprietary',
  } as OpenAPIObject['info']['license'];
  const access = handlerAccess(app);
  for (const [path, item] of Object.entries<PathItemObject>(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const handler = access.get(operation.operationId ?? '');
      // Without its handler the operation's security would be guessed: refuse to publish a document.
      if (!handler) throw new Error(`no controller handler for operation ${operation.operationId}`);
      describeErrors(path, operation, handler);
    }
  }
  document.tags = declaredTags(document);
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...PROBLEM_SCHEMAS },
  };
  return withNullAsType(document) as OpenAPIObject;
}
