import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export const BUYER_KINDS = ['budget_unit', 'enterprise', 'retailer', 'platform'] as const;
export type BuyerKind = (typeof BUYER_KINDS)[number];

const percent = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** A canteen, enterprise, retailer or platform buying in bulk; its users' token `org` is its id. */
@Entity('buyers')
export class Buyer {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: BuyerKind;

  @Column({ name: 'annual_food_budget_cents', type: 'bigint', nullable: true })
  annualFoodBudgetCents!: number | null;

  /** Share of the annual food budget pledged to products of poverty areas (budget units: at least 10%). */
  @Column({
    name: 'pledged_share_percent',
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: percent,
  })
  pledgedSharePercent!: number | null;

  /** Where the buyer is (a district or city code): decides which pairings its spending counts under. */
  @Column({ name: 'region_code', type: 'char', length: 6, nullable: true })
  regionCode!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
