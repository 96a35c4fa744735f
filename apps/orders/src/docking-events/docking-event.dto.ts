import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { IsCalendarDate, POVERTY_STATUSES, type PovertyStatus } from '@hb/contracts';
import { PageQuery } from '@hb/platform';
import { boothFeeReason } from './booth-fee';
import type { DockingEvent, Exhibitor, PurchaseIntent } from './docking-event.entity';

export const DOCKING_EVENT_WINDOWS = ['upcoming', 'past'] as const;

export class CreateDockingEventRequest {
  @ApiProperty({ example: 'Mianyang–Liangshan production–marketing docking fair' })
  @IsString()
  @Length(3, 200)
  name!: string;

  @ApiProperty({ example: 'Mianyang' })
  @IsString()
  @Length(1, 100)
  city!: string;

  @ApiProperty({ example: '2027-03-12', description: 'First day of the fair.' })
  @IsCalendarDate()
  startsOn!: string;

  @ApiProperty({ example: '2027-03-14', description: 'Last day of the fair; not before startsOn.' })
  @IsCalendarDate()
  endsOn!: string;

  @ApiProperty({
    example: 300000,
    description: "A booth's full fee in cents, before the reduction of the exhibitor's poverty county.",
  })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  boothFeeCents!: number;
}

export class ListDockingEventsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: DOCKING_EVENT_WINDOWS,
    description:
      'upcoming: not ended yet, soonest first; past: ended, latest first. Default: all, latest first.',
  })
  @IsOptional()
  @IsIn(DOCKING_EVENT_WINDOWS)
  when?: (typeof DOCKING_EVENT_WINDOWS)[number];
}

export class RegisterExhibitorRequest {
  @ApiPropertyOptional({
    example: '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b',
    description:
      'The producer to register: required for an administrator; a producer registers itself (its own id or none).',
  })
  @IsOptional()
  @IsUUID()
  producerId?: string;
}

export class RecordIntentRequest {
  @ApiProperty({
    example: '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b',
    description: 'A product of an exhibitor of the fair.',
  })
  @IsUUID()
  productId!: string;

  @ApiProperty({ example: 200, description: "Units of the product's unit." })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  quantity!: number;

  @ApiPropertyOptional({ example: 'Weekly from April for the school term, 5 kg tins.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;

  @ApiPropertyOptional({
    example: 'Mianyang No. 1 Middle School canteen, 12 Changhong Ave, Fucheng District',
    description: 'Where the order goes when the intent becomes one (or give it then).',
  })
  @IsOptional()
  @IsString()
  @Length(5, 500)
  deliveryAddress?: string;
}

export class OrderIntentRequest {
  @ApiPropertyOptional({ description: "Where the order goes; defaults to the intent's deliveryAddress." })
  @IsOptional()
  @IsString()
  @Length(5, 500)
  deliveryAddress?: string;

  @ApiPropertyOptional({
    example: '2027-03-21',
    description: 'Today or later; defaults to ORDERS_INTENT_DELIVERY_DAYS (7) days from today.',
  })
  @IsOptional()
  @IsCalendarDate()
  requestedDeliveryDate?: string;
}

export class DockingEventView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() city!: string;
  @ApiProperty() startsOn!: string;
  @ApiProperty() endsOn!: string;
  @ApiProperty({ description: 'Full booth fee in cents.' }) boothFeeCents!: number;
  @ApiProperty() createdAt!: string;
}

export class DockingEventPage {
  @ApiProperty({ type: [DockingEventView] }) items!: DockingEventView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ExhibitorView {
  @ApiProperty() eventId!: string;
  @ApiProperty() producerId!: string;
  @ApiProperty() countyCode!: string;
  @ApiProperty() countyName!: string;
  @ApiProperty({ enum: POVERTY_STATUSES, nullable: true, description: 'When the producer registered.' })
  povertyStatus!: PovertyStatus | null;
  @ApiProperty({ description: "The fair's full booth fee in cents." }) fullBoothFeeCents!: number;
  @ApiProperty({ description: 'Percent of the fee waived for the county.' }) reductionPercent!: number;
  @ApiProperty() reductionCents!: number;
  @ApiProperty({ description: 'What the exhibitor pays, in cents.' }) boothFeeCents!: number;
  @ApiProperty({ example: 'Zhaojue, a deep-poverty county: the booth fee is waived' })
  reductionReason!: string;
  @ApiProperty() registeredAt!: string;
}

export class ExhibitorPage {
  @ApiProperty({ type: [ExhibitorView] }) items!: ExhibitorView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class IntentView {
  @ApiProperty() id!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty() buyerId!: string;
  @ApiProperty() productId!: string;
  @ApiProperty() producerId!: string;
  @ApiProperty() countyCode!: string;
  @ApiProperty() quantity!: number;
  @ApiProperty({ description: 'Tier price when the intent was recorded, in cents.' }) unitPriceCents!: number;
  @ApiProperty({ description: 'quantity × unitPriceCents.' }) valueCents!: number;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ nullable: true, type: String }) deliveryAddress!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The order the intent became.' }) orderId!:
    string | null;
  @ApiProperty() createdAt!: string;
}

export class IntentPage {
  @ApiProperty({ type: [IntentView] }) items!: IntentView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class FairFigures {
  @ApiProperty() count!: number;
  @ApiProperty() quantity!: number;
  @ApiProperty() cents!: number;
}

export class ReliefFigures {
  @ApiProperty({ description: 'Accepted quantity of relief-eligible lines.' }) quantity!: number;
  @ApiProperty({ description: 'Relief recorded at acceptance, net of reversals.' }) cents!: number;
}

export class FairTotals {
  @ApiProperty() exhibitors!: number;
  @ApiProperty({ type: FairFigures, description: 'Intents recorded, valued at their recorded price.' })
  intents!: FairFigures;
  @ApiProperty({ type: FairFigures, description: 'Orders placed from the intents (their intended lines).' })
  orders!: FairFigures;
  @ApiProperty({
    type: ReliefFigures,
    description: 'Relief from those orders, as the relief ledger recorded it.',
  })
  acceptedRelief!: ReliefFigures;
}

export class CountyFairReport extends FairTotals {
  @ApiProperty() countyCode!: string;
  @ApiProperty() countyName!: string;
  @ApiProperty({ enum: POVERTY_STATUSES, nullable: true }) povertyStatus!: PovertyStatus | null;
}

export class DockingEventReport {
  @ApiProperty({ type: DockingEventView }) event!: DockingEventView;
  @ApiProperty({ type: [CountyFairReport], description: "By county; a county official's county only." })
  counties!: CountyFairReport[];
  @ApiProperty({ type: FairTotals, description: 'The sum of the rows shown.' })
  totals!: FairTotals;
}

/** A docking fair as the API shows it. */
export function toDockingEventView(event: DockingEvent): DockingEventView {
  return {
    id: event.id,
    name: event.name,
    city: event.city,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    boothFeeCents: event.boothFeeCents,
    createdAt: event.createdAtText,
  };
}

/** An exhibitor as the API shows it, with the reason for its booth fee. */
export function toExhibitorView(exhibitor: Exhibitor): ExhibitorView {
  return {
    eventId: exhibitor.eventId,
    producerId: exhibitor.producerId,
    countyCode: exhibitor.countyCode,
    countyName: exhibitor.countyName,
    povertyStatus: exhibitor.povertyStatus,
    fullBoothFeeCents: exhibitor.fullBoothFeeCents,
    reductionPercent: exhibitor.reductionPercent,
    reductionCents: exhibitor.reductionCents,
    boothFeeCents: exhibitor.fullBoothFeeCents - exhibitor.reductionCents,
    reductionReason: boothFeeReason(
      exhibitor.countyName,
      exhibitor.povertyStatus,
      exhibitor.reductionPercent,
    ),
    registeredAt: exhibitor.registeredAtText,
  };
}

/** A purchase intent as the API shows it. */
export function toIntentView(intent: PurchaseIntent): IntentView {
  return {
    id: intent.id,
    eventId: intent.eventId,
    buyerId: intent.buyerId,
    productId: intent.productId,
    producerId: intent.producerId,
    countyCode: intent.countyCode,
    quantity: intent.quantity,
    unitPriceCents: intent.unitPriceCents,
    valueCents: intent.quantity * intent.unitPriceCents,
    note: intent.note,
    deliveryAddress: intent.deliveryAddress,
    orderId: intent.orderId,
    createdAt: intent.createdAtText,
  };
}
