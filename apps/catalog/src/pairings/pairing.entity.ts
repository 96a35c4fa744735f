import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A city or district assisting a county over a period (paired assistance). */
@Entity('pairings')
export class Pairing {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'assisting_region_code', type: 'char', length: 6 })
  assistingRegionCode!: string;

  @Column({ name: 'assisting_region_name', type: 'text' })
  assistingRegionName!: string;

  @Column({ name: 'assisted_county_code', type: 'char', length: 6 })
  assistedCountyCode!: string;

  @Column({ name: 'from_date', type: 'date' })
  from!: string;

  /** Last day; null while the pairing lasts. */
  @Column({ name: 'to_date', type: 'date', nullable: true })
  to!: string | null;

  @Column('integer')
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
