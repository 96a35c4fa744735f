import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ProducerKind } from '@hb/contracts';

/** A cooperative, leading enterprise, family farm or relief workshop; its users' token `org` is its id. */
@Entity('producers')
export class Producer {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  kind!: ProducerKind;

  @Column({ name: 'county_code', type: 'char', length: 6 })
  countyCode!: string;

  /** 18-character unified social credit code (GB 32100-2015), check digit verified. */
  @Column({ name: 'credit_code', type: 'char', length: 18, unique: true })
  creditCode!: string;

  /** Poor households the producer employs or buys from. */
  @Column({ name: 'poverty_households', type: 'integer' })
  povertyHouseholds!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
