import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '@hb/contracts';
import { PageQuery } from '@hb/platform';
import { MAX_ORDER_LINES, OrderLineRequest } from '../orders/order.dto';
import { STANDING_ORDER_STATUSES, type StandingOrderStatus } from './standing-order-status';
import type { Occurrence, StandingOrder } from './standing-order.repository';

export const CADENCES = ['week', 'month'] as const;

export class CreateStandingOrderRequest {
  @ApiProperty({ type: [OrderLineRequest], minItems: 1, maxItems: MAX_ORDER_LINES })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ORDER_LINES)
  @ValidateNested({ each: true })
  @Type(() => OrderLineRequest)
  lines!: OrderLineRequest[];

  @ApiProperty({ enum: CADENCES, example: 'week' })
  @IsIn(CADENCES)
  every!: (typeof CADENCES)[number];

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 7,
    example: 1,
    description:
      'ISO day of the week (1 = Monday … 7 = Sunday); required with `every: "week"`, refused otherwise.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7)
  dayOfWeek?: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 31,
    description:
      'Day of the month; required with `every: "month"`, refused otherwise. A month without that day uses its last day.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(31)
  dayOfMonth?: number;

  @ApiProperty({
    example: '2026-12-07',
    description: 'First day an occurrence may fall on; today or later, at most 366 days from today.',
  })
  @IsCalendarDate()
  startsOn!: string;

  @ApiPropertyOptional({ example: '2027-07-02', description: 'Last day an occurrence may fall on.' })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string;

  @ApiProperty({ example: 'Mianyang No. 1 Middle School canteen, 12 Changhong Ave, Fucheng District' })
  @IsString()
  @Length(5, 500)
  deliveryAddress!: string;
}

export class ListStandingOrdersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: STANDING_ORDER_STATUSES })
  @IsOptional()
  @IsIn(STANDING_ORDER_STATUSES)
  status?: StandingOrderStatus;
}

export class StandingOrderLineView {
  @ApiProperty() productId!: string;
  @ApiProperty() quantity!: number;
}

export class OccurrenceView {
  @ApiProperty({ example: '2026-12-14', description: 'The day the occurrence falls on (its delivery date).' })
  occursOn!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The order placed; null if it could not be placed.',
  })
  orderId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why it could not be placed.' })
  problem!: string | null;
  @ApiProperty() placedAt!: string;
}

export class StandingOrderView {
  @ApiProperty() id!: string;
  @ApiProperty() buyerId!: string;
  @ApiProperty({ enum: STANDING_ORDER_STATUSES }) status!: StandingOrderStatus;
  @ApiProperty({ type: [StandingOrderLineView] }) lines!: StandingOrderLineView[];
  @ApiProperty({ enum: CADENCES }) every!: (typeof CADENCES)[number];
  @ApiProperty({ nullable: true, type: Number }) dayOfWeek!: number | null;
  @ApiProperty({ nullable: true, type: Number }) dayOfMonth!: number | null;
  @ApiProperty() startsOn!: string;
  @ApiProperty({ nullable: true, type: String }) endsOn!: string | null;
  @ApiProperty() deliveryAddress!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The next occurrence to place (while active or paused); null once cancelled or ended.',
  })
  nextOccurrenceOn!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Why it is paused (a rejected occurrence, or its buyer).',
  })
  pausedReason!: string | null;
  @ApiProperty({ type: [OccurrenceView], description: 'The latest occurrences, newest first (at most 10).' })
  recentOccurrences!: OccurrenceView[];
}

export class StandingOrderPage {
  @ApiProperty({ type: [StandingOrderView] }) items!: StandingOrderView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

/** A standing order as the API shows it, with its most recent occurrences. */
export function toStandingOrderView(order: StandingOrder, occurrences: Occurrence[]): StandingOrderView {
  const open = order.status === 'active' || order.status === 'paused';
  return {
    id: order.id,
    buyerId: order.buyerId,
    status: order.status,
    lines: order.lines,
    every: order.every,
    dayOfWeek: order.dayOfWeek,
    dayOfMonth: order.dayOfMonth,
    startsOn: order.startsOn,
    endsOn: order.endsOn,
    deliveryAddress: order.deliveryAddress,
    nextOccurrenceOn: open ? order.nextOccurrenceOn : null,
    pausedReason: order.pausedReason,
    recentOccurrences: occurrences.map((occurrence) => ({
      occursOn: occurrence.occursOn,
      orderId: occurrence.orderId,
      problem: occurrence.problem,
      placedAt: occurrence.placedAt.toISOString(),
    })),
  };
}
