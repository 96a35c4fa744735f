import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ColdChainProfile, ProductCategory, ProductStatus } from '@hb/contracts';

export interface PriceTierValue {
  minQuantity: number;
  unitPriceCents: number;
}

/** The orders service's copy of a catalog product, fed by catalog.product.v1 (no call to catalog when ordering). */
@Entity('catalog_products')
export class CatalogProduct {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'producer_id', type: 'uuid' })
  producerId!: string;

  @Column({ name: 'county_code', type: 'char', length: 6 })
  countyCode!: string;

  @Column('text')
  name!: string;

  @Column('text')
  unit!: string;

  /** Null for a product copied before orders kept categories, until its next snapshot (or a replay). */
  @Column({ type: 'text', nullable: true })
  category!: ProductCategory | null;

  @Column({ name: 'min_order_quantity', type: 'integer' })
  minOrderQuantity!: number;

  @Column({ name: 'price_tiers', type: 'jsonb' })
  priceTiers!: PriceTierValue[];

  @Column('text')
  status!: ProductStatus;

  @Column({ name: 'relief_eligible', type: 'boolean' })
  reliefEligible!: boolean;

  @Column({ name: 'cold_chain_profile', type: 'jsonb' })
  coldChainProfile!: ColdChainProfile;

  /** The product's GS1 GTIN (14 digits), passed on with confirmed orders so that EPCIS exports name its lots by it. */
  @Column({ type: 'char', length: 14, nullable: true })
  gtin!: string | null;

  /** The catalog's version of the snapshot; an older snapshot never overwrites a newer one. */
  @Column('integer')
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
