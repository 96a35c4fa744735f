import type { ShipmentStatus } from '../api/types';

/**
 * The moves an operator may offer from each status, in the order a trip usually takes them. The
 * logistics service decides (its lifecycle table, apps/logistics/src/shipments/shipment-status.ts)
 * and answers 409 to anything else; the console only offers the moves that table allows.
 */
export const OPERATOR_MOVES: Readonly<Record<ShipmentStatus, readonly ShipmentStatus[]>> = {
  created: ['picked_up'],
  picked_up: ['in_transit'],
  in_transit: ['out_for_delivery', 'at_hub'],
  at_hub: ['in_transit', 'out_for_delivery'],
  out_for_delivery: ['delivered'],
  delivered: [],
  cancelled: [],
  held: ['in_transit'],
};
