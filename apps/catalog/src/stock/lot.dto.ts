import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsCalendarDate } from '@hb/contracts';
import type { Lot } from './lot.entity';

export class AddLotRequest {
  @ApiProperty({ example: 2000, description: 'Units of the product (its `unit`), a positive integer.' })
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  quantity!: number;

  @ApiProperty({
    example: '2026-11-20',
    description: 'Harvest (or production) date, `YYYY-MM-DD`, not in the future.',
  })
  @IsCalendarDate()
  harvestedOn!: string;

  @ApiProperty({
    example: '2027-11-19',
    description: 'Last day the lot may be sold, `YYYY-MM-DD`, today or later.',
  })
  @IsCalendarDate()
  expiresOn!: string;
}

export class LotView {
  @ApiProperty({ example: '0b7c1a52-5a9e-4c1f-9a43-5a6f0e1d7c11' })
  id!: string;
  @ApiProperty({ example: 2000 })
  quantity!: number;
  @ApiProperty({ example: 1500, description: 'What can still be reserved (0 once expired).' })
  available!: number;
  @ApiProperty({ example: 500 })
  reserved!: number;
  @ApiProperty({ example: 0, description: 'Sold to completed orders.' })
  committed!: number;

  @ApiProperty({ example: 0, description: 'Set aside for open emergency sales (not for ordinary orders).' })
  held!: number;
  @ApiProperty({ example: '2026-11-20' })
  harvestedOn!: string;
  @ApiProperty({ example: '2027-11-19' })
  expiresOn!: string;
  @ApiProperty({ example: false })
  expired!: boolean;
}

export class StockView {
  @ApiProperty({ example: '3f2a4c8e-1d2b-4e5f-8a9b-0c1d2e3f4a5b' })
  productId!: string;
  @ApiProperty({ example: 1500, description: 'Sum of what unexpired lots can still give.' })
  available!: number;
  @ApiProperty({ example: 500, description: 'Held for orders not yet completed or cancelled.' })
  reserved!: number;
  @ApiProperty({
    example: 0,
    description: 'Set aside for open emergency sales: bought only through them, not counted in `available`.',
  })
  heldForEmergencySales!: number;

  @ApiProperty({ type: [LotView], description: 'Lots, first expiry first.' })
  lots!: LotView[];
  @ApiProperty({
    example: '2027-11-19',
    nullable: true,
    type: String,
    description: 'Expiry of the first unexpired lot with stock left.',
  })
  soonestExpiry!: string | null;
}

/** A lot as the API shows it on `today`: an expired lot has nothing available. */
export function toLotView(lot: Lot, today: string): LotView {
  const expired = lot.expiresOn < today;
  return {
    id: lot.id,
    quantity: lot.quantity,
    available: expired ? 0 : lot.quantity - lot.reserved - lot.committed - lot.held - lot.blocked,
    reserved: lot.reserved,
    committed: lot.committed,
    held: lot.held,
    harvestedOn: lot.harvestedOn,
    expiresOn: lot.expiresOn,
    expired,
  };
}
