import { ConflictError, UnprocessableError } from '@hb/platform';

/** A cancelled shipment never moved: a reading for it belongs to no trip. */
export class ShipmentTakesNoReadings extends ConflictError {
  constructor(readonly shipmentId: string) {
    super(`shipment ${shipmentId} was cancelled; it takes no readings`, { shipmentId });
  }
}

/** Readings recorded ahead of the service's clock (beyond the skew allowed): the device's clock is wrong. */
export class ReadingsInTheFuture extends UnprocessableError {
  constructor(
    readonly problems: readonly string[],
    listed: number,
  ) {
    super(
      problems.slice(0, listed).join('; ') +
        (problems.length > listed ? `; and ${problems.length - listed} more` : ''),
      { readingsInTheFuture: problems.length },
    );
  }
}
