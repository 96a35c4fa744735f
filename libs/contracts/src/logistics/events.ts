import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

export const COLD_CHAIN_VERDICTS = ['ok', 'excursion', 'breached'] as const;
export type ColdChainVerdict = (typeof COLD_CHAIN_VERDICTS)[number];

export class ShipmentRef {
  @IsUUID() shipmentId!: string;
  @IsUUID() orderId!: string;
  /** The origin: one shipment per producer of a confirmed order. */
  @IsUUID() producerId!: string;
}

export class ShipmentMovedData extends ShipmentRef {
  @IsISO8601() at!: string;
  @IsOptional() @IsString() operatorId?: string;
}

/** The figures behind a cold-chain verdict. */
export class ColdChainFigures {
  @IsNumber() minC!: number;
  @IsNumber() maxC!: number;
  @IsInt() @Min(0) minutesOutOfRange!: number;
  @IsInt() @Min(0) longestExcursionMinutes!: number;
  @IsOptional() @IsNumber() mktC!: number | null;
  @IsInt() @Min(0) readings!: number;
}

export class ShipmentDeliveredData extends ShipmentMovedData {
  @IsIn(COLD_CHAIN_VERDICTS) coldChainVerdict!: ColdChainVerdict;
  @ValidateNested() @Type(() => ColdChainFigures) figures!: ColdChainFigures;
}

export const ShipmentCreated = defineEvent({
  type: 'logistics.shipment.created.v1',
  topic: Topics.shipment,
  payload: ShipmentRef,
  description: 'A shipment was created for one producer origin of a confirmed order.',
  subjectOf: (data) => data.shipmentId,
});

export const ShipmentPickedUp = defineEvent({
  type: 'logistics.shipment.pickedUp.v1',
  topic: Topics.shipment,
  payload: ShipmentMovedData,
  description: 'An operator picked the shipment up from its producer (the order is on its way).',
  subjectOf: (data) => data.shipmentId,
});

export const ShipmentDelivered = defineEvent({
  type: 'logistics.shipment.delivered.v1',
  topic: Topics.shipment,
  payload: ShipmentDeliveredData,
  description: 'The shipment was delivered, with its cold-chain verdict and the figures behind it.',
  subjectOf: (data) => data.shipmentId,
});

export const ShipmentCancelled = defineEvent({
  type: 'logistics.shipment.cancelled.v1',
  topic: Topics.shipment,
  payload: ShipmentRef,
  description: 'The shipment was cancelled with its order before dispatch.',
  subjectOf: (data) => data.shipmentId,
});

export const SHIPMENT_EVENTS = [ShipmentCreated, ShipmentPickedUp, ShipmentDelivered, ShipmentCancelled];
