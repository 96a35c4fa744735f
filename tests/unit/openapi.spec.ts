import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ServiceName } from '@hb/contracts';
import { openApiDocumentOf } from '@hb/platform';
import {
  apiTypesPath,
  OPENAPI_SERVICES,
  openApiPath,
  renderApiTypes,
  renderOpenApi,
} from '../../scripts/openapi';

const services = Object.keys(OPENAPI_SERVICES) as ServiceName[];
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

type Operation = {
  summary?: string;
  operationId?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
};

const operationsOf = (document: OpenAPIObject): [string, string, Operation][] =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = (item as Record<string, Operation | undefined>)[method];
      return operation
        ? [[`${method.toUpperCase()} ${path}`, path, operation] as [string, string, Operation]]
        : [];
    }),
  );

describe.each(services)('OpenAPI document of %s (docs/openapi)', (service) => {
  let built: OpenAPIObject;

  beforeAll(async () => {
    built = await openApiDocumentOf(OPENAPI_SERVICES[service]);
  });

  it('is exactly what the controllers say, and so are its generated types (run `npm run openapi` after changing a route)', async () => {
    expect(readFileSync(openApiPath(service), 'utf8')).toBe(renderOpenApi(built));
    expect(readFileSync(apiTypesPath(service), 'utf8')).toBe(await renderApiTypes(service, built));
  });

  it('gives every operation a summary and an operationId, and every error the Problem body as application/problem+json', () => {
    for (const [name, , operation] of operationsOf(built)) {
      expect({ name, summary: typeof operation.summary }).toEqual({ name, summary: 'string' });
      expect({ name, operationId: typeof operation.operationId }).toEqual({ name, operationId: 'string' });
      for (const [status, response] of Object.entries(operation.responses).filter(([code]) => +code >= 400)) {
        expect({ name, status, content: response.content }).toEqual({
          name,
          status,
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        });
      }
    }
  });

  it('declares 401 and 403 on every secured operation and 404 wherever a path id can miss', () => {
    for (const [name, path, operation] of operationsOf(built)) {
      const statuses = Object.keys(operation.responses);
      if ((operation.security ?? []).length > 0)
        expect({ name, statuses }).toEqual({ name, statuses: expect.arrayContaining(['401', '403']) });
      if (path.includes('{'))
        expect({ name, statuses }).toEqual({ name, statuses: expect.arrayContaining(['404']) });
    }
  });
});

describe('Redocly lint (recommended rules, redocly.yaml)', () => {
  it('finds no error and no warning in any service document', () => {
    const cli = resolve(__dirname, '../../node_modules/@redocly/cli/bin/cli.js');
    const run = spawnSync(process.execPath, [cli, 'lint', '--format', 'summary'], {
      cwd: resolve(__dirname, '../..'),
      encoding: 'utf8',
      env: {
        ...process.env,
        REDOCLY_TELEMETRY: 'off',
        REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
        NODE_OPTIONS: '',
      },
    });
    const report = `${run.stdout}${run.stderr}`;
    expect(report).toContain('Your API descriptions are valid');
    expect(report).not.toMatch(/\b(error|warning)\s+[a-z0-9-]+:/);
    expect(run.status).toBe(0);
  });
});
