/**
 * The orders service's public module: what tests and benchmarks may use of it. They start the service
 * as main.ts does, call it over HTTP, read its DTO types, and drive its sweeps directly instead of
 * waiting for their timers. Anything else under src/ is the service's own (ESLint refuses it outside
 * the app).
 */
export { ordersService } from './service';
export type {
  DockingEventReport,
  DockingEventView,
  ExhibitorView,
  IntentView,
} from './docking-events/docking-event.dto';
export type { OrderView } from './orders/order.dto';
export type { BuyerPace } from './relief/pacing/pace.dto';
export type { BuyerReliefProgress, ReliefSummary } from './relief/relief.dto';
export type { QuoteView, RfqView } from './rfqs/rfq.dto';
export type { StandingOrderView } from './standing-orders/standing-order.dto';
// Sweeps the tests run on demand.
export { AutoAcceptanceService } from './orders/auto-acceptance.service';
// A saga step the tests run in a transaction of their own, to count its statements.
export { OrderSagaService } from './orders/order-saga.service';
export { PledgePacingService } from './relief/pacing/pledge-pacing.service';
