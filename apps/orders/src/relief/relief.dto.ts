import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

/** YYYY-MM-DD from year 1 (PostgreSQL has no year 0); IsISO8601 strict then refuses days not on the calendar. */
const DATE = /^(?!0000)\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class ReliefSummaryQuery {
  @ApiPropertyOptional({
    example: '2026-01-01',
    description: 'First day included (UTC); default: 1 January of this year.',
  })
  @IsOptional()
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'from must be a day of the calendar' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last day included (UTC); default: today.' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a day of the calendar' })
  to?: string;
}

export class CountyTotal {
  @ApiProperty({ example: '513431' }) countyCode!: string;
  @ApiProperty({ example: 'Zhaojue', nullable: true, type: String }) countyName!: string | null;
  @ApiProperty({ example: 'deep', nullable: true, type: String }) povertyStatus!: string | null;
  @ApiProperty({ example: 1_580_000 }) amountCents!: number;
  @ApiProperty({ example: 3 }) producers!: number;
}

export class StatusTotal {
  @ApiProperty({ example: 'deep', nullable: true, type: String }) povertyStatus!: string | null;
  @ApiProperty({ example: 1_580_000 }) amountCents!: number;
}

export class MonthTotal {
  @ApiProperty({ example: '2026-03', description: 'The month (UTC), `YYYY-MM`.' }) month!: string;
  @ApiProperty({ example: 880_000 }) amountCents!: number;
}

export class ReliefSummary {
  @ApiProperty({ example: '2026-01-01' }) from!: string;
  @ApiProperty({ example: '2026-12-31' }) to!: string;
  @ApiProperty({ example: 2_350_000 }) totalCents!: number;
  @ApiProperty({ type: [CountyTotal] }) byCounty!: CountyTotal[];
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
    type: [MonthTotal],
    description: 'Spending of each month of the year so far, January first (0 when nothing).',
  })
  byMonth!: MonthTotal[];
}
