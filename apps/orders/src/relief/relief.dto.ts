import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate, POVERTY_STATUSES } from '@hb/contracts';

/** A period of at most ten years (422 beyond, or when `to` is before `from`). */
export class ReliefPeriodQuery {
  @ApiPropertyOptional({
    example: '2026-01-01',
    format: 'date',
    description: 'First day included (UTC); default: 1 January of the year of `to`.',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({
    example: '2026-12-31',
    format: 'date',
    description: 'Last day included (UTC); default: today. At most ten years after `from`.',
  })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class ReliefSummaryQuery extends ReliefPeriodQuery {}

export class CountyTotal {
  @ApiProperty({ example: '513431' }) countyCode!: string;
  @ApiProperty({ example: 'Zhaojue', nullable: true, type: String }) countyName!: string | null;
  @ApiProperty({ enum: POVERTY_STATUSES, example: 'deep', nullable: true }) povertyStatus!: string | null;
  @ApiProperty({ example: 1_580_000 }) amountCents!: number;
  @ApiProperty({ example: 3 }) producers!: number;
}

export class StatusTotal {
  @ApiProperty({ enum: POVERTY_STATUSES, example: 'deep', nullable: true }) povertyStatus!: string | null;
  @ApiProperty({ example: 1_580_000 }) amountCents!: number;
}

export class MonthTotal {
  @ApiProperty({ example: '2026-03', description: 'The month (UTC), `YYYY-MM`.' }) month!: string;
  @ApiProperty({ example: 880_000 }) amountCents!: number;
}

export class PairingTotal {
  @ApiProperty({ format: 'uuid' }) pairingId!: string;
  @ApiProperty({ example: '510700' }) assistingRegionCode!: string;
  @ApiProperty({ example: 'Mianyang' }) assistingRegionName!: string;
  @ApiProperty({ example: '513431' }) assistedCountyCode!: string;
  @ApiProperty({
    example: 948_000,
    description:
      'Accepted relief spending by buyers located in the assisting region (a city covers its districts) on products of the assisted county, within the pairing’s period.',
  })
  totalCents!: number;
}

export class ProducerTotal {
  @ApiProperty({ format: 'uuid' }) producerId!: string;
  @ApiProperty({ example: 948_000 }) amountCents!: number;
}

export class BuyerKindTotal {
  @ApiProperty({ example: 'budget_unit', description: 'A buyer kind, or `unknown`.' }) buyerKind!: string;
  @ApiProperty({ example: 948_000 }) amountCents!: number;
}

/** A row of a report grouped by one key. */
export interface AmountByKey {
  key: string;
  amountCents: number;
}

export class ReliefSummary {
  @ApiProperty({ example: '2026-01-01' }) from!: string;
  @ApiProperty({ example: '2026-12-31' }) to!: string;
  @ApiProperty({
    example: 2_350_000,
    description:
      'Accepted relief spending, net of reversals; never includes what was kept despite a cold-chain breach.',
  })
  totalCents!: number;
  @ApiProperty({
    example: 98_000,
    description:
      'Kept by buyers with an override although the shipment breached the cold chain: reported apart.',
  })
  acceptedDespiteBreachCents!: number;
  @ApiProperty({
    example: 12_000,
    description: 'Reversed after acceptance (refunds resolved on disputes), as a positive amount.',
  })
  reversedCents!: number;
  @ApiProperty({
    example: 130_000,
    description: 'Part of totalCents bought from emergency sales (lines naming an `emergencySaleId`).',
  })
  emergencySalesCents!: number;
  @ApiProperty({ type: [CountyTotal] }) byCounty!: CountyTotal[];
  @ApiProperty({
    type: [PairingTotal],
    description: 'Every pairing, with the relief through it in the period.',
  })
  byPairing!: PairingTotal[];
  @ApiProperty({ type: [StatusTotal] }) byPovertyStatus!: StatusTotal[];
  @ApiProperty({
    type: [MonthTotal],
    description: 'Every month of the period, oldest first (0 when nothing).',
  })
  byMonth!: MonthTotal[];
}

export class BuyerReliefProgress {
  @ApiProperty() buyerId!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ nullable: true, type: Number, example: 120_000_000 }) annualFoodBudgetCents!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 15 }) pledgedSharePercent!: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 18_000_000, description: 'Budget × pledged share.' })
  pledgedCents!: number | null;
  @ApiProperty({
    example: 2_350_000,
    description: 'Spent this year on relief-eligible products (accepted quantities).',
  })
  spentCents!: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 1.96,
    description: 'Spent as a percent of the annual food budget.',
  })
  percentOfBudget!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 13.06,
    description: 'Spent as a percent of the pledge.',
  })
  percentOfPledge!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 15_650_000,
    description: 'Still to spend to reach the pledge (0 once reached).',
  })
  remainingCents!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 16_500_000,
    description: 'Pledged × the elapsed share of the calendar year (null without a pledge).',
  })
  paceCents!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 14_150_000,
    description: 'Pace minus spent, 0 when ahead (null without a pledge).',
  })
  behindPaceCents!: number | null;
  @ApiProperty({
    nullable: true,
    type: Boolean,
    example: false,
    description:
      'Not behind by more than RELIEF_PACE_TOLERANCE_PERCENT (default 10) of the pace (null without a pledge).',
  })
  onPace!: boolean | null;
  @ApiProperty({
    type: [MonthTotal],
    description: 'Spending of each month of the year so far, January first (0 when nothing).',
  })
  byMonth!: MonthTotal[];
}

export class ReconciliationFigures {
  @ApiProperty({
    example: 2_350_000,
    description: 'Sum of the ledger entries (contributions and reversals).',
  })
  ledgerCents!: number;
  @ApiProperty({ example: 2_362_000, description: 'Accepted quantity × unit price of relief lines.' })
  acceptedCents!: number;
  @ApiProperty({ example: 12_000, description: 'Refunded on those lines after acceptance.' })
  refundedCents!: number;
  @ApiProperty({ example: 2_350_000, description: 'acceptedCents − refundedCents.' }) ordersCents!: number;
  @ApiProperty({ example: 0, description: 'ledgerCents − ordersCents: 0 when the ledger adds up.' })
  differenceCents!: number;
}

export class CountyReconciliation extends ReconciliationFigures {
  @ApiProperty({ example: '513431' }) countyCode!: string;
}

export class ProducerReconciliation extends ReconciliationFigures {
  @ApiProperty({ example: '513431' }) countyCode!: string;
  @ApiProperty({ format: 'uuid' }) producerId!: string;
}

export class ReconciliationReport extends ReconciliationFigures {
  @ApiProperty({ example: '2026-01-01' }) from!: string;
  @ApiProperty({ example: '2026-12-31' }) to!: string;
  @ApiProperty({ type: [CountyReconciliation] }) byCounty!: CountyReconciliation[];
  @ApiProperty({ type: [ProducerReconciliation] }) byProducer!: ProducerReconciliation[];
}

export class PairingReliefReport extends PairingTotal {
  @ApiProperty({ example: '2026-01-01' }) from!: string;
  @ApiProperty({ example: '2026-12-31' }) to!: string;
  @ApiProperty({ type: [MonthTotal], description: 'Every month of the period (0 when nothing).' })
  byMonth!: MonthTotal[];
  @ApiProperty({ type: [ProducerTotal] }) byProducer!: ProducerTotal[];
}

export class CountyReliefReport {
  @ApiProperty({ example: '513431' }) countyCode!: string;
  @ApiProperty({ example: 'Zhaojue' }) countyName!: string;
  @ApiProperty({ example: '2026-01-01' }) from!: string;
  @ApiProperty({ example: '2026-12-31' }) to!: string;
  @ApiProperty({
    example: 948_000,
    description: 'As in the summary: net of reversals, without despite-breach.',
  })
  totalCents!: number;
  @ApiProperty({ example: 0 }) acceptedDespiteBreachCents!: number;
  @ApiProperty({ example: 0 }) reversedCents!: number;
  @ApiProperty({ type: [MonthTotal] }) byMonth!: MonthTotal[];
  @ApiProperty({ type: [ProducerTotal] }) byProducer!: ProducerTotal[];
  @ApiProperty({ type: [BuyerKindTotal] }) byBuyerKind!: BuyerKindTotal[];
  @ApiProperty({ type: [PairingTotal] }) byPairing!: PairingTotal[];
}
