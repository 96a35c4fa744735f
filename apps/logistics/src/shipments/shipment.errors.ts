import { ForbiddenError } from '@hb/platform';

/** A shipment is moved and fed readings by the operator holding it, once it claimed it. */
export class NotHoldingShipment extends ForbiddenError {
  constructor(
    readonly shipmentId: string,
    readonly action: string,
  ) {
    super(`only the operator holding shipment ${shipmentId} may ${action} it; claim it first`, {
      shipmentId,
    });
  }
}
