/**
 * The monitoring service's public module: what tests and benchmarks may use of it. They start the
 * service as main.ts does, call it over HTTP, rebuild it from the topics and read its indicators.
 * Anything else under src/ is the service's own (ESLint refuses it outside the app).
 */
export { monitoringService } from './service';
export { MONITORED_TOPICS } from './monitored-topics';
export { rebuildMonitoring } from './rebuild';
export { IndicatorsRepository } from './indicators/indicators.repository';
