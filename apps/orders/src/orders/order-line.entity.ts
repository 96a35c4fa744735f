import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ColdChainVerdict } from '@hb/contracts';
import type { Order } from './order.entity';

/** A priced line: the unit price is the tier in force for its quantity when the order was placed. */
@Entity('order_lines')
export class OrderLine {
  @PrimaryColumn({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @PrimaryColumn({ name: 'line_no', type: 'integer' })
  lineNo!: number;

  @ManyToOne('Order', 'lines')
  @JoinColumn({ name: 'order_id' })
  order!: Order;

  @Column({ name: 'product_id', type: 'uuid' })
  productId!: string;

  @Column({ name: 'producer_id', type: 'uuid' })
  producerId!: string;

  @Column({ name: 'county_code', type: 'char', length: 6 })
  countyCode!: string;

  @Column('integer')
  quantity!: number;

  @Column({ name: 'unit_price_cents', type: 'bigint' })
  unitPriceCents!: number;

  @Column({ name: 'line_total_cents', type: 'bigint' })
  lineTotalCents!: number;

  /** Whether the product counted as relief when the order was placed (what the ledger uses). */
  @Column({ name: 'relief_eligible', type: 'boolean' })
  reliefEligible!: boolean;

  @Column({ name: 'accepted_quantity', type: 'integer', nullable: true })
  acceptedQuantity!: number | null;

  /** The verdict of the shipment that brought the line, recorded when the order is settled. */
  @Column({ name: 'cold_chain_verdict', type: 'text', nullable: true })
  coldChainVerdict!: ColdChainVerdict | null;

  /** The emergency sale the line buys from (priced at the sale's price, served from its held stock). */
  @Column({ name: 'emergency_sale_id', type: 'uuid', nullable: true })
  emergencySaleId!: string | null;

  /** Taken away by lot recalls: refused when the order is settled, refunded (and reversed) if it was already. */
  @Column({ name: 'recalled_quantity', type: 'integer', default: 0 })
  recalledQuantity!: number;

  /** Why the buyer kept (part of) a line whose shipment breached the cold chain. */
  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason!: string | null;
}
