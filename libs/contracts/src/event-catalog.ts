import { BRAND_EVENTS } from './catalog/brand-events';
import { EMERGENCY_SALE_EVENTS } from './catalog/emergency-sale-events';
import { CATALOG_EVENTS } from './catalog/events';
import { LOT_EVENTS } from './catalog/lot-events';
import { PAIRING_EVENTS } from './catalog/pairing-events';
import { CERTIFICATE_EVENTS } from './certification/events';
import type { EventDefinition } from './event-definition';
import { SHIPMENT_EVENTS } from './logistics/events';
import { MONITORING_EVENTS } from './monitoring/events';
import { MARKET_HISTORY_EVENTS } from './monitoring/market-history-events';
import { OFFER_AND_PACE_EVENTS } from './orders/emergency-sale-events';
import { ORDER_EVENTS } from './orders/events';
import { RECALL_EVENTS } from './orders/recall-events';
import { STANDING_ORDER_EVENTS } from './orders/standing-order-events';

/**
 * Every event type the system knows, read by the services (to validate what they consume), the
 * AsyncAPI document and the tests. Each bounded context adds its definitions here.
 */
export class EventCatalog {
  private readonly byType = new Map<string, EventDefinition>();

  constructor(definitions: Iterable<EventDefinition> = []) {
    for (const definition of definitions) this.add(definition);
  }

  add(definition: EventDefinition): this {
    if (this.byType.has(definition.type)) throw new Error(`event type ${definition.type} is declared twice`);
    this.byType.set(definition.type, definition);
    return this;
  }

  find(type: string): EventDefinition | undefined {
    return this.byType.get(type);
  }

  all(): EventDefinition[] {
    return [...this.byType.values()];
  }
}

/** The system's events, composed from each bounded context's definitions. */
export const EVENTS = new EventCatalog([
  ...CATALOG_EVENTS,
  ...PAIRING_EVENTS,
  ...BRAND_EVENTS,
  ...EMERGENCY_SALE_EVENTS,
  ...LOT_EVENTS,
  ...ORDER_EVENTS,
  ...OFFER_AND_PACE_EVENTS,
  ...RECALL_EVENTS,
  ...STANDING_ORDER_EVENTS,
  ...SHIPMENT_EVENTS,
  ...CERTIFICATE_EVENTS,
  ...MONITORING_EVENTS,
  ...MARKET_HISTORY_EVENTS,
]);
