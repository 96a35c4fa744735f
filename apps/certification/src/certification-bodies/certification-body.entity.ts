import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An accredited certification body. Its certifiers carry its id as their token's `org`; it reviews
 * the applications assigned to it and answers for the certificates it issues.
 */
@Entity('certification_bodies')
export class CertificationBody {
  /** Chosen by the administrator, e.g. `green-food-center-sichuan`: the `org` of its certifiers' tokens. */
  @PrimaryColumn('text')
  id!: string;

  @Column('text')
  name!: string;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;
}
