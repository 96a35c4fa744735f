import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { IsCalendarDate, PRODUCT_CATEGORIES, type ProductCategory } from '@hb/contracts';
import { PageQuery } from '@hb/platform';
import type { Quote, Rfq } from './rfq.repository';
import { QUOTE_STATUSES, RFQ_STATUSES, type QuoteStatus, type RfqStatus } from './rfq-status';

export class CreateRfqRequest {
  @ApiProperty({ enum: PRODUCT_CATEGORIES, example: 'grain_oil' })
  @IsIn(PRODUCT_CATEGORIES)
  category!: ProductCategory;

  @ApiProperty({ example: 2000, description: "Units of the products' unit." })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  quantity!: number;

  @ApiProperty({ example: '2027-01-15', description: 'Delivery wanted by this day; today or later.' })
  @IsCalendarDate()
  needBy!: string;

  @ApiPropertyOptional({
    default: false,
    description:
      'Only producers with a listed product of the category in a key or deep poverty county see it.',
  })
  @IsOptional()
  @IsBoolean()
  povertyCountiesOnly?: boolean;

  @ApiPropertyOptional({ example: 'Buckwheat flour for the winter term, 25 kg sacks.' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;

  @ApiPropertyOptional({
    example: 'Mianyang No. 1 Middle School canteen, 12 Changhong Ave, Fucheng District',
    description: 'Where the awarded order goes (or give it with the award).',
  })
  @IsOptional()
  @IsString()
  @Length(5, 500)
  deliveryAddress?: string;
}

export class SubmitQuoteRequest {
  @ApiProperty({ example: '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b' })
  @IsUUID()
  productId!: string;

  @ApiProperty({ example: 5200, description: 'Price per unit in cents, in place of the tiers if awarded.' })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  unitPriceCents!: number;

  @ApiProperty({ example: 2000 })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  quantity!: number;

  @ApiProperty({ example: '2027-01-05', description: 'Last day the quote may be awarded; today or later.' })
  @IsCalendarDate()
  validUntil!: string;
}

export class AwardRfqRequest {
  @ApiProperty({ example: '8d7c6b5a-4e3f-4a2b-9c1d-0e9f8a7b6c5d' })
  @IsUUID()
  quoteId!: string;

  @ApiPropertyOptional({ description: "Where the order goes; defaults to the request's deliveryAddress." })
  @IsOptional()
  @IsString()
  @Length(5, 500)
  deliveryAddress?: string;
}

export class ListRfqsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: RFQ_STATUSES })
  @IsOptional()
  @IsIn(RFQ_STATUSES)
  status?: RfqStatus;
}

export class QuoteView {
  @ApiProperty() id!: string;
  @ApiProperty() rfqId!: string;
  @ApiProperty() producerId!: string;
  @ApiProperty() productId!: string;
  @ApiProperty() unitPriceCents!: number;
  @ApiProperty() quantity!: number;
  @ApiProperty() validUntil!: string;
  @ApiProperty({ enum: QUOTE_STATUSES }) status!: QuoteStatus;
  @ApiProperty({ description: 'Past its validUntil day: it can no longer be awarded.' }) expired!: boolean;
  @ApiProperty() createdAt!: string;
}

export class RfqView {
  @ApiProperty() id!: string;
  @ApiProperty() buyerId!: string;
  @ApiProperty({ enum: PRODUCT_CATEGORIES }) category!: ProductCategory;
  @ApiProperty() quantity!: number;
  @ApiProperty() needBy!: string;
  @ApiProperty() povertyCountiesOnly!: boolean;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ nullable: true, type: String }) deliveryAddress!: string | null;
  @ApiProperty({ enum: RFQ_STATUSES }) status!: RfqStatus;
  @ApiProperty({ nullable: true, type: String }) awardedQuoteId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The order the award placed.' }) orderId!:
    string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({
    type: [QuoteView],
    description:
      'On GET /rfqs/{id}: every quote for its buyer and administrators, only its own for a producer; absent from lists.',
    required: false,
  })
  quotes?: QuoteView[];
}

export class RfqPage {
  @ApiProperty({ type: [RfqView] }) items!: RfqView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

/** A quote as the API shows it on `today`: a submitted quote past its `validUntil` is expired. */
export function toQuoteView(quote: Quote, today: string): QuoteView {
  return {
    id: quote.id,
    rfqId: quote.rfqId,
    producerId: quote.producerId,
    productId: quote.productId,
    unitPriceCents: quote.unitPriceCents,
    quantity: quote.quantity,
    validUntil: quote.validUntil,
    status: quote.status,
    expired: quote.status === 'submitted' && quote.validUntil < today,
    createdAt: quote.createdAtText,
  };
}

/** A request for quotation as the API shows it, with its quotes when given. */
export function toRfqView(rfq: Rfq, today: string, quotes?: Quote[]): RfqView {
  return {
    id: rfq.id,
    buyerId: rfq.buyerId,
    category: rfq.category,
    quantity: rfq.quantity,
    needBy: rfq.needBy,
    povertyCountiesOnly: rfq.povertyCountiesOnly,
    note: rfq.note,
    deliveryAddress: rfq.deliveryAddress,
    status: rfq.status,
    awardedQuoteId: rfq.awardedQuoteId,
    orderId: rfq.orderId,
    createdAt: rfq.createdAtText,
    ...(quotes && { quotes: quotes.map((quote) => toQuoteView(quote, today)) }),
  };
}
