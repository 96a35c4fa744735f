import { defineLifecycle } from '@hb/platform';
import { ORDER_SHIPMENT_STATUSES, type OrderShipmentStatus } from './order-shipment.entity';

/** What orders hears of a shipment of its orders (logistics.shipment.v1). */
export const ORDER_SHIPMENT_TRIGGERS = ['pickedUp', 'delivered', 'cancelled'] as const;
export type OrderShipmentTrigger = (typeof ORDER_SHIPMENT_TRIGGERS)[number];

/** What orders knows of a shipment, as a table: status × event heard → status. */
export const ORDER_SHIPMENT_LIFECYCLE = defineLifecycle<OrderShipmentStatus, OrderShipmentTrigger>({
  aggregate: 'order shipment',
  states: ORDER_SHIPMENT_STATUSES,
  description:
    'Orders follows only the steps of a shipment that move its order: created, picked up, delivered, or ' +
    "cancelled before pick-up. The hubs in between are logistics' own. An event that does not fit " +
    '(heard again, or after the shipment ended) changes nothing.',
  transitions: {
    created: { pickedUp: 'picked_up', cancelled: 'cancelled' },
    picked_up: { delivered: 'delivered' },
    delivered: {},
    cancelled: {},
  },
});
