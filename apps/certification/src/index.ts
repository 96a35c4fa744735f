/**
 * The certification service's public module: what tests and benchmarks may use of it. They start the
 * service as main.ts does, call it over HTTP, read its DTO types, and drive its sweeps directly instead
 * of waiting for their timers. Anything else under src/ is the service's own (ESLint refuses it outside
 * the app).
 */
export { certificationService } from './service';
export type { ApplicationView } from './applications/application.dto';
export type { CertificateVerification, CertificateView } from './certificates/certificate.dto';
/** The order of the certifier's queue, which tests compare a page against. */
export { compareQueuePositions } from './applications/queue-order';
// Sweeps the tests run on demand.
export { CertificateExpiryService } from './certificates/certificate-expiry.service';
