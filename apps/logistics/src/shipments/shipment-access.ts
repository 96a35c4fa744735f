import type { Principal } from '@hb/contracts';
import { NotFoundError } from '@hb/platform';
import { NotHoldingShipment } from './shipment.errors';

export interface ShipmentParties {
  readonly id: string;
  readonly buyerId: string;
  readonly producerId: string;
  readonly operatorId: string | null;
}

/**
 * Who sees a shipment: administrators all; operators the unclaimed ones (to take them on) and their
 * own; a buyer those of its orders; a producer those leaving from it. Everyone else gets a 404.
 * County officials see those leaving from their county's producers, which needs the producer's
 * county: `visibleTo` answers for them.
 */
export function canSee(caller: Principal, shipment: ShipmentParties): boolean {
  switch (caller.role) {
    case 'admin':
      return true;
    case 'operator':
      return shipment.operatorId === null || shipment.operatorId === caller.organisationId;
    case 'buyer':
      return shipment.buyerId === caller.organisationId;
    case 'producer':
      return shipment.producerId === caller.organisationId;
    default:
      return false;
  }
}

/** Only the operator holding a shipment moves it and posts its readings. */
export function holds(caller: Principal, shipment: ShipmentParties): boolean {
  return caller.role === 'operator' && shipment.operatorId === caller.organisationId;
}

/** 404 for a shipment the caller cannot see, 403 for one it sees without holding it (claim it first). */
export function assertHolds(
  caller: Principal,
  shipment: ShipmentParties | null,
  id: string,
  action: string,
): void {
  if (!shipment || !canSee(caller, shipment)) throw new NotFoundError('shipment', id);
  if (!holds(caller, shipment)) {
    throw new NotHoldingShipment(id, action);
  }
}

/** The same rule as canSee, as a SQL condition on the shipments table under `alias`. */
export function visibleTo(
  caller: Principal,
  alias: string,
): { where: string; params: Record<string, string> } {
  const org = { org: caller.organisationId };
  switch (caller.role) {
    case 'admin':
      return { where: 'TRUE', params: {} };
    case 'operator':
      return { where: `(${alias}.operator_id IS NULL OR ${alias}.operator_id = :org)`, params: org };
    case 'buyer':
      return { where: `${alias}.buyer_id = :org`, params: org };
    case 'producer':
      return { where: `${alias}.producer_id::text = :org`, params: org };
    case 'county_official':
      return {
        where: `${alias}.producer_id IN (SELECT pc.producer_id FROM producer_counties pc WHERE pc.county_code = :org)`,
        params: org,
      };
    default:
      return { where: 'FALSE', params: {} };
  }
}
