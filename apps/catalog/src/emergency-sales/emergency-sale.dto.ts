import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateBy,
} from 'class-validator';
import {
  EMERGENCY_SALE_CLOSERS,
  EMERGENCY_SALE_REASONS,
  EMERGENCY_SALE_STATUSES,
  PRODUCT_CATEGORIES,
  type EmergencySaleCloser,
  type EmergencySaleReason,
  type EmergencySaleStatus,
  type ProductCategory,
} from '@hb/contracts';
import { PageQuery } from '@hb/platform';
import type { EmergencySaleRow } from './emergency-sale.repository';

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant with its offset (`2026-12-20T18:00:00+08:00`) that names a real day of years 2000–9999. */
export const isInstant = (value: unknown): boolean => {
  if (typeof value !== 'string') return false;
  const match = INSTANT.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 2000 &&
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day &&
    Number.isFinite(Date.parse(value))
  );
};

const IsInstant = () =>
  ValidateBy({
    name: 'isInstant',
    validator: {
      validate: isInstant,
      defaultMessage: (args) =>
        `${args?.property ?? 'value'} must be an ISO 8601 date-time with its offset, e.g. 2026-12-20T18:00:00+08:00`,
    },
  });

export class OpenEmergencySaleRequest {
  @ApiProperty({ format: 'uuid', example: '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b' })
  @IsUUID()
  productId!: string;

  @ApiProperty({
    example: 800,
    description:
      "Units of the product's unit set aside from its unexpired lots, earliest expiry first (ordinary orders can no longer take them).",
  })
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  quantity!: number;

  @ApiProperty({ example: 6500, description: "At most the product's lowest tier price (422 above it)." })
  @IsInt()
  @Min(1)
  @Max(100_000_000_00)
  unitPriceCents!: number;

  @ApiProperty({ enum: EMERGENCY_SALE_REASONS, example: 'glut' })
  @IsIn(EMERGENCY_SALE_REASONS)
  reason!: EmergencySaleReason;

  @ApiProperty({
    example: '2026-12-20T18:00:00+08:00',
    description:
      'When the sale closes by itself (what is unsold goes back to ordinary stock); in the future.',
  })
  @IsInstant()
  endsAt!: string;

  @ApiPropertyOptional({ example: 'Bumper harvest; the county cold store is full.', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  note?: string;
}

export class ListEmergencySalesQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: EMERGENCY_SALE_STATUSES,
    description: 'Buyers and platforms see open sales only.',
  })
  @IsOptional()
  @IsIn(EMERGENCY_SALE_STATUSES)
  status?: EmergencySaleStatus;

  @ApiPropertyOptional({ example: '513431', description: "The product's county." })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'countyCode must be a 6-digit administrative division code' })
  countyCode?: string;

  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORIES)
  category?: ProductCategory;
}

export class EmergencySaleView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty({ example: 'Zhaojue tartary buckwheat tea' }) productName!: string;
  @ApiProperty({ format: 'uuid' }) producerId!: string;
  @ApiProperty({ example: '513431' }) countyCode!: string;
  @ApiProperty({ enum: PRODUCT_CATEGORIES }) category!: ProductCategory;
  @ApiProperty({ example: 800, description: 'Set aside when the sale opened.' }) quantity!: number;
  @ApiProperty({ example: 6500 }) unitPriceCents!: number;
  @ApiProperty({ enum: EMERGENCY_SALE_REASONS }) reason!: EmergencySaleReason;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ example: '2026-12-20T10:00:00.000Z' }) endsAt!: string;
  @ApiProperty({ enum: EMERGENCY_SALE_STATUSES }) status!: EmergencySaleStatus;
  @ApiProperty({ example: 120, description: 'Taken by orders.' }) soldQuantity!: number;
  @ApiProperty({
    example: 680,
    description: 'Still held for the sale on unexpired lots (0 once closed).',
  })
  heldQuantity!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Returned to ordinary stock when the sale closed.',
  })
  unsoldQuantity!: number | null;
  @ApiProperty({ enum: EMERGENCY_SALE_CLOSERS, nullable: true })
  closedBy!: EmergencySaleCloser | null;
  @ApiProperty({ example: '2026-12-06T09:00:00.000Z' }) openedAt!: string;
  @ApiProperty({ nullable: true, type: String }) closedAt!: string | null;
}

export class EmergencySalePage {
  @ApiProperty({ type: [EmergencySaleView] }) items!: EmergencySaleView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

/** An emergency sale as the API shows it. */
export function toEmergencySaleView(row: EmergencySaleRow): EmergencySaleView {
  return {
    id: row.id,
    productId: row.productId,
    productName: row.productName,
    producerId: row.producerId,
    countyCode: row.countyCode,
    category: row.category,
    quantity: row.quantity,
    unitPriceCents: row.unitPriceCents,
    reason: row.reason,
    note: row.note,
    endsAt: row.endsAt.toISOString(),
    status: row.status,
    soldQuantity: row.soldQuantity,
    heldQuantity: row.heldQuantity,
    unsoldQuantity: row.unsoldQuantity,
    closedBy: row.closedBy,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}
