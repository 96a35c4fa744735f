/**
 * Test data for every aggregate, from one place. Request bodies are typed against the services'
 * OpenAPI documents (@hb/api-types) and event payloads against libs/contracts; each takes the
 * overrides a test cares about (`Partial` of its type) and fills in the rest. A test that sends what
 * the type forbids says so by spreading: `{ ...county(), povertyStatus: 'rich' }`.
 */

// Catalog: counties, producers and products as an administrator or producer registers them.
export {
  county,
  countyCode,
  creditCode,
  day,
  producer,
  product,
  type CountyRequest,
  type ProducerRequest,
  type ProductRequest,
} from '../catalog-factories';

// Catalog's events as the other services receive them.
export { countySnapshot, productSnapshot } from '../orders-fixtures';
export { producerSnapshot } from '../certification-fixtures';

// Orders' events as logistics receives them, and telemetry.
export { confirmedLine, custodyMove, orderConfirmed, readingsFrom, steady } from '../logistics-fixtures';

// Certification: an applicant with its products, a certification body with its certifiers.
export { announceApplicant, approve, registerCertificationBody } from '../certification-fixtures';

// Monitoring: the other services' events over time.
export { MarketFeed, type Sale } from '../monitoring-fixtures';
