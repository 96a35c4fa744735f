import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ProductStatus } from '@hb/contracts';

/** Which producer a product belongs to, fed by catalog.product.v1: an application may only name its own. */
@Entity('viewed_products')
export class ViewedProduct {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'producer_id', type: 'uuid' })
  producerId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  status!: ProductStatus;

  /** The catalog's version of the snapshot; an older snapshot never overwrites a newer one. */
  @Column('integer')
  version!: number;
}
