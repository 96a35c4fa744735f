import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A product on an e-commerce platform's storefront, under the platform's own SKU. */
@Entity('listings')
export class Listing {
  @PrimaryColumn('uuid')
  id!: string;

  /** The platform's organisation id (its token's `org`). */
  @Column({ name: 'platform_id', type: 'text' })
  platformId!: string;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column({ name: 'external_sku', type: 'text' })
  externalSku!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
