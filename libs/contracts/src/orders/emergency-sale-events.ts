import { IsInt, IsISO8601, IsString, IsUUID, Matches, Min } from 'class-validator';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

export class EmergencySaleOfferedData {
  @IsUUID() saleId!: string;
  @IsString() buyerId!: string;
  @IsUUID() productId!: string;
  @Matches(/^\d{6}$/) countyCode!: string;
  @IsInt() @Min(1) unitPriceCents!: number;
  /** Where the buyer stood when it was chosen: 1 is the furthest behind its pledge. */
  @IsInt() @Min(1) rank!: number;
  @IsInt() @Min(0) behindPaceCents!: number;
  @IsInt() @Min(0) remainingPledgeCents!: number;
  @IsISO8601() endsAt!: string;
  @IsISO8601() offeredAt!: string;
}

export class PledgeBehindPaceData {
  @IsString() buyerId!: string;
  /** The month that ended, `YYYY-MM` (UTC). */
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/) month!: string;
  @IsInt() @Min(0) pledgedCents!: number;
  /** Pledged × the elapsed share of the buyer's year at the month's end. */
  @IsInt() @Min(0) paceCents!: number;
  @IsInt() @Min(0) spentCents!: number;
  @IsInt() @Min(1) behindPaceCents!: number;
}

export const EmergencySaleOffered = defineEvent({
  type: 'orders.emergencySale.offered.v1',
  topic: Topics.emergencyOffer,
  payload: EmergencySaleOfferedData,
  description:
    'An emergency sale was offered to one of the buyers furthest behind their pledge (never to a buyer without one).',
  subjectOf: (data) => data.saleId,
});

export const PledgeBehindPace = defineEvent({
  type: 'orders.relief.pledgeBehindPace.v1',
  topic: Topics.relief,
  payload: PledgeBehindPaceData,
  description:
    "At a month's end, a buyer's relief spending is behind its pledge pace by more than the tolerance; once per buyer and month.",
  subjectOf: (data) => data.buyerId,
});

export const OFFER_AND_PACE_EVENTS = [EmergencySaleOffered, PledgeBehindPace];
