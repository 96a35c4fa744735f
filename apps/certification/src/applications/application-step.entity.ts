import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ApplicationStage, Role } from '@hb/contracts';

/** One step of an application's history: who moved it where, when, and the note they left. */
@Entity('application_steps')
export class ApplicationStep {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @PrimaryColumn('integer')
  seq!: number;

  /** Null for the submission itself. */
  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage!: ApplicationStage | null;

  @Column({ name: 'to_stage', type: 'text' })
  toStage!: ApplicationStage;

  /** The user (token `sub`) who made the step. */
  @Column('text')
  actor!: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: Role;

  @Column({ name: 'actor_organisation', type: 'text' })
  actorOrganisation!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
