/**
 * The logistics service's public module: what tests and benchmarks may use of it. They start the
 * service as main.ts does, call it over HTTP and read its DTO types. Anything else under src/ is the
 * service's own (ESLint refuses it outside the app).
 */
export { logisticsService } from './service';
export type { TemperatureHistoryView } from './history/history.dto';
export type { ShipmentPage, ShipmentView } from './shipments/shipment.dto';
/** The EPCIS 2.0 documents the service publishes, checked against GS1's schema. */
export { epcisDocument, lotEvents, shipmentEvents, type ShipmentStory } from './epcis/epcis-document';
export { lotClass } from './epcis/epcis-identifiers';
