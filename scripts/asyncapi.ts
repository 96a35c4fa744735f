/**
 * Writes docs/asyncapi.yaml from the contracts: `npm run asyncapi`. A unit test fails when the
 * committed document and the contracts disagree, so run this after changing an event.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALL_TOPICS, EVENTS } from '@hb/contracts';
import { renderAsyncApiYaml } from '../libs/contracts/src/asyncapi';

const target = resolve(__dirname, '../docs/asyncapi.yaml');
writeFileSync(target, renderAsyncApiYaml(EVENTS, ALL_TOPICS));
console.log(`wrote ${target}`);
