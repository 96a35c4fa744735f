import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CertificationScheme, PriceReviewState, ProductCategory, ProductStatus } from '@hb/contracts';

export interface PriceTierValue {
  minQuantity: number;
  unitPriceCents: number;
}

@Entity('products')
export class Product {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'producer_id', type: 'uuid' })
  producerId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  category!: ProductCategory;

  @Column('text')
  unit!: string;

  @Column({ name: 'shelf_life_days', type: 'integer' })
  shelfLifeDays!: number;

  @Column({ name: 'min_order_quantity', type: 'integer' })
  minOrderQuantity!: number;

  /** Ascending by minQuantity; the tier in force for a quantity is the last one it reaches. */
  @Column({ name: 'price_tiers', type: 'jsonb' })
  priceTiers!: PriceTierValue[];

  @Column({ type: 'text', nullable: true })
  brand!: string | null;

  /** The admitted catalogue brand the product names (the free-text `brand` is the label it prints). */
  @Column({ name: 'brand_id', type: 'uuid', nullable: true })
  brandId!: string | null;

  /** The product's GS1 GTIN, normalised to 14 digits; unique across products. */
  @Column({ type: 'char', length: 14, nullable: true })
  gtin!: string | null;

  @Column({ type: 'text', default: 'draft' })
  status!: ProductStatus;

  /** Maintained from certification events only (schemes of the product's valid certificates). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  badges!: CertificationScheme[];

  /** True while a valid poverty-alleviation-product certificate covers the product. */
  @Column({ name: 'relief_eligible', type: 'boolean', default: false })
  reliefEligible!: boolean;

  /** Set from monitoring.price.v1 and price reviews; `flagged` withholds relief eligibility. */
  @Column({ name: 'price_review', type: 'text', default: 'none' })
  priceReview!: PriceReviewState;

  /** Increases with every change announced in an event. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
