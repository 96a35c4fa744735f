import { ApiProperty } from '@nestjs/swagger';
import { EMERGENCY_SALE_REASONS } from '@hb/contracts';

export class EmergencySaleMatch {
  @ApiProperty({ format: 'uuid' }) buyerId!: string;
  @ApiProperty({ example: 'Fucheng No. 1 Middle School canteen' }) name!: string;
  @ApiProperty({ example: 'budget_unit' }) kind!: string;
  @ApiProperty({ example: 9_400_000, description: 'Pledge still to spend this year.' })
  remainingPledgeCents!: number;
  @ApiProperty({ example: 7_250_000, description: 'How far behind its pledge pace (0 when ahead).' })
  behindPaceCents!: number;
  @ApiProperty({
    example: true,
    description: "In a region paired with the sale's county (a city covers its districts).",
  })
  paired!: boolean;
}

export class EmergencySaleMatchPage {
  @ApiProperty({
    type: [EmergencySaleMatch],
    description: 'Furthest behind pace first, then most pledge left, then paired regions first.',
  })
  items!: EmergencySaleMatch[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class EmergencyOfferView {
  @ApiProperty({ format: 'uuid' }) saleId!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Zhaojue tartary buckwheat tea' })
  productName!: string | null;
  @ApiProperty({ example: '513431' }) countyCode!: string;
  @ApiProperty({ example: 800, description: 'Set aside when the sale opened.' }) quantity!: number;
  @ApiProperty({ example: 6500, description: 'What a line naming this sale costs per unit.' })
  unitPriceCents!: number;
  @ApiProperty({ enum: EMERGENCY_SALE_REASONS }) reason!: string;
  @ApiProperty({ example: '2026-12-20T10:00:00.000Z' }) endsAt!: string;
  @ApiProperty({ example: 1, description: 'The buyer’s place among the matches when offered.' })
  rank!: number;
  @ApiProperty({ example: 7_250_000 }) behindPaceCents!: number;
  @ApiProperty({ example: 9_400_000 }) remainingPledgeCents!: number;
  @ApiProperty({ example: '2026-12-06T09:00:01.000Z' }) offeredAt!: string;
}

export class EmergencyOfferPage {
  @ApiProperty({ type: [EmergencyOfferView] }) items!: EmergencyOfferView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
