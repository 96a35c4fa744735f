/**
 * The monitoring service's public module: what tests and benchmarks may use of it. They start the
 * service as main.ts does, call it over HTTP, rebuild it from the topics and read its indicators.
 * Anything else under src/ is the service's own (ESLint refuses it outside the app).
 */
export { monitoringService } from './service';
export { MONITORED_TOPICS } from './monitored-topics';
export { rebuildMonitoring } from './rebuild';
export { IndicatorsRepository } from './indicators/indicators.repository';
// The handlers the monitoring benchmark's SQL-loop reference runs on the same events, without the service around them.
export { OwnFindingsHandler } from './evaluation/own-findings.handler';
export { MarketHistoryHandler } from './history/market-history.handler';
export { MarketEventsHandler } from './read-model/market-events.handler';
