import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  Min,
  ValidateNested,
} from 'class-validator';
import { RECALL_CLASSES, type RecallClass } from '../catalog/lot-events';
import { defineEvent } from '../event-definition';
import { ORDER_STATUSES, type OrderStatus } from './events';
import { Topics } from '../topics';

export class RecalledOrder {
  @IsUUID() orderId!: string;
  @IsIn(ORDER_STATUSES) status!: OrderStatus;
  /** How much of the order came from the recalled lot. */
  @IsInt() @Min(1) quantity!: number;
}

export class RecallNotifiedData {
  @IsString() buyerId!: string;
  @IsUUID() lotId!: string;
  @IsUUID() productId!: string;
  @IsIn(RECALL_CLASSES) class!: RecallClass;
  @IsString() @Length(1, 2000) reason!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => RecalledOrder)
  orders!: RecalledOrder[];
  @IsISO8601() notifiedAt!: string;
}

export const RecallNotified = defineEvent({
  type: 'orders.order.recallNotified.v1',
  topic: Topics.order,
  payload: RecallNotifiedData,
  description:
    'A buyer is told that a lot it received or ordered was recalled, with its orders the lot reached (one event per buyer and lot; keyed by buyer).',
  subjectOf: (data) => data.buyerId,
});

export const RECALL_EVENTS = [RecallNotified];
