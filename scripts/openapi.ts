/**
 * Writes docs/openapi/<service>.json, the document each service serves at /docs/openapi.json, and
 * libs/api-types/src/<service>.ts, the TypeScript types openapi-typescript generates from it:
 * `npm run openapi`. Unit tests fail when the committed files and the controllers disagree, so run
 * this after changing a route or a DTO.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString } from 'openapi-typescript';
import type { ServiceName } from '@hb/contracts';
import { openApiDocumentOf, type ServiceDescription } from '@hb/platform';
import { catalogService } from '../apps/catalog/src';
import { certificationService } from '../apps/certification/src';
import { logisticsService } from '../apps/logistics/src';
import { monitoringService } from '../apps/monitoring/src';
import { ordersService } from '../apps/orders/src';

export const OPENAPI_SERVICES: Readonly<Record<ServiceName, ServiceDescription>> = {
  catalog: catalogService,
  orders: ordersService,
  logistics: logisticsService,
  certification: certificationService,
  monitoring: monitoringService,
};

export const openApiPath = (service: ServiceName): string =>
  resolve(__dirname, `../docs/openapi/${service}.json`);
export const apiTypesPath = (service: ServiceName): string =>
  resolve(__dirname, `../libs/api-types/src/${service}.ts`);

export const renderOpenApi = (document: OpenAPIObject): string => `${JSON.stringify(document, null, 2)}\n`;

export async function renderApiTypes(service: ServiceName, document: OpenAPIObject): Promise<string> {
  const types = astToString(await openapiTS(JSON.parse(JSON.stringify(document)) as never));
  return `/* Generated from docs/openapi/${service}.json by \`npm run openapi\`; do not edit by hand. */\n${types}`;
}

async function main(): Promise<void> {
  for (const [name, service] of Object.entries(OPENAPI_SERVICES) as [ServiceName, ServiceDescription][]) {
    const document = await openApiDocumentOf(service);
    writeFileSync(openApiPath(name), renderOpenApi(document));
    writeFileSync(apiTypesPath(name), await renderApiTypes(name, document));
    console.log(`wrote ${openApiPath(name)} and ${apiTypesPath(name)}`);
  }
}

if (require.main === module) void main();
