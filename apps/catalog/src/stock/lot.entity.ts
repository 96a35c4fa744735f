import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A harvest lot: what is left to sell is quantity − reserved − committed − held (for emergency sales) − blocked (by a recall), until it expires or is recalled. */
@Entity('lots')
export class Lot {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column('integer')
  quantity!: number;

  @Column({ name: 'harvested_on', type: 'date' })
  harvestedOn!: string;

  /** Last day the lot may be sold; a lot is expired from the day after. */
  @Column({ name: 'expires_on', type: 'date' })
  expiresOn!: string;

  @Column({ type: 'integer', default: 0 })
  reserved!: number;

  @Column({ type: 'integer', default: 0 })
  committed!: number;

  /** Set aside for open emergency sales: not for ordinary orders. */
  @Column({ type: 'integer', default: 0 })
  held!: number;

  /** What a recall took out of sale: what was left, and what orders not yet confirmed gave back. */
  @Column({ type: 'integer', default: 0 })
  blocked!: number;

  @Column({ name: 'recalled_at', type: 'timestamptz', nullable: true })
  recalledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
