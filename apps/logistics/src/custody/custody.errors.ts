import { ConflictError, UnprocessableError } from '@hb/platform';

/** The first operator to claim a shipment holds it. */
export class ShipmentAlreadyClaimed extends ConflictError {
  constructor(readonly shipmentId: string) {
    super(`shipment ${shipmentId} is already held by an operator`, { shipmentId });
  }
}

/** Only a shipment waiting for pick-up can be claimed. */
export class ShipmentNotClaimable extends ConflictError {
  constructor(
    readonly shipmentId: string,
    readonly shipmentStatus: string,
  ) {
    super(`shipment ${shipmentId} is ${shipmentStatus}; only a shipment waiting for pick-up can be claimed`, {
      shipmentId,
      shipmentStatus,
    });
  }
}

/** Delivery decides the cold-chain verdict from the readings; without one there is nothing to decide on. */
export class NoColdChainEvidence extends UnprocessableError {
  constructor(readonly shipmentId: string) {
    super(
      `shipment ${shipmentId} has no temperature readings, so it has no cold-chain verdict; post the logger's readings (or a probe reading taken at delivery) first`,
      { shipmentId },
    );
  }
}

/** A custody move happened already: its time is not ahead of the service's clock (beyond the skew allowed). */
export class CustodyMoveInFuture extends UnprocessableError {
  constructor(readonly at: string) {
    super(`at ${at} is in the future`, { at });
  }
}

/** The links of custody follow each other in time. */
export class CustodyMoveOutOfOrder extends UnprocessableError {
  constructor(
    readonly at: string,
    readonly previousStatus: string,
    readonly previousAt: string,
  ) {
    super(
      `custody moves follow each other in time: the previous one (${previousStatus}) was at ${previousAt}`,
      { at, previousStatus, previousAt },
    );
  }
}
