import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDate } from '../calendar-date';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

/** Why a standing order stopped placing orders: its buyer paused it, or an occurrence was refused. */
export const STANDING_ORDER_PAUSE_CAUSES = ['buyer', 'rejection'] as const;
export type StandingOrderPauseCause = (typeof STANDING_ORDER_PAUSE_CAUSES)[number];

export class StandingOrderPausedData {
  @IsUUID() standingOrderId!: string;
  @IsString() buyerId!: string;
  @IsIn(STANDING_ORDER_PAUSE_CAUSES) cause!: StandingOrderPauseCause;
  /** The occurrence that was refused (by catalog's stock decision or when placing it); null when the buyer paused. */
  @IsOptional() @IsCalendarDate() occurrenceOn!: string | null;
  /** The order catalog rejected; null when the buyer paused or the occurrence could not even be placed. */
  @IsOptional() @IsUUID() orderId!: string | null;
  @IsString() @Length(1, 2000) reason!: string;
  @IsISO8601() pausedAt!: string;
}

export const StandingOrderPaused = defineEvent({
  type: 'orders.standingOrder.paused.v1',
  topic: Topics.standingOrder,
  payload: StandingOrderPausedData,
  description:
    'A standing order stopped placing orders until its buyer resumes it: an occurrence was rejected, or the buyer paused it.',
  subjectOf: (data) => data.standingOrderId,
});

export const STANDING_ORDER_EVENTS = [StandingOrderPaused];
