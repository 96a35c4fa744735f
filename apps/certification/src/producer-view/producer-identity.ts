import type { Principal } from '@hb/contracts';

import { NotAProducer } from './producer.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The producer a producer's token acts for: its `org`, which catalog gives out as a UUID. A token whose
 * organisation cannot be a producer is refused (403) before it reaches a query.
 */
export function organisationAsProducer(caller: Principal): string {
  if (!UUID.test(caller.organisationId)) {
    throw new NotAProducer(caller.organisationId);
  }
  return caller.organisationId;
}
