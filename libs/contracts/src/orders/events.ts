import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

export class PlacedLine {
  @IsUUID() productId!: string;
  @IsInt() @Min(1) quantity!: number;
  @IsInt() @Min(0) unitPriceCents!: number;
  @IsInt() @Min(0) lineTotalCents!: number;
}

export class OrderPlacedData {
  @IsUUID() orderId!: string;
  @IsString() buyerId!: string;
  @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => PlacedLine) lines!: PlacedLine[];
  @IsInt() @Min(0) totalCents!: number;
  @IsISO8601() placedAt!: string;
}

export class OrderCancelledData {
  @IsUUID() orderId!: string;
  @IsString() reason!: string;
}

export class AcceptedLine {
  @IsUUID() productId!: string;
  @IsInt() @Min(0) acceptedQuantity!: number;
}

export class OrderCompletedData {
  @IsUUID() orderId!: string;
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => AcceptedLine) lines?: AcceptedLine[];
}

export const OrderPlaced = defineEvent({
  type: 'orders.order.placed.v1',
  topic: Topics.order,
  payload: OrderPlacedData,
  description: 'A buyer placed a bulk order; lines are priced from the tier in force.',
  subjectOf: (data) => data.orderId,
});

export const OrderCancelled = defineEvent({
  type: 'orders.order.cancelled.v1',
  topic: Topics.order,
  payload: OrderCancelledData,
  description: 'An order was cancelled before dispatch (by its buyer, or because a step never answered).',
  subjectOf: (data) => data.orderId,
});

export const OrderCompleted = defineEvent({
  type: 'orders.order.completed.v1',
  topic: Topics.order,
  payload: OrderCompletedData,
  description: 'The buyer accepted the delivery; the sale is final.',
  subjectOf: (data) => data.orderId,
});

export const ORDER_EVENTS = [OrderPlaced, OrderCancelled, OrderCompleted];
