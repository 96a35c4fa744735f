import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { ApplicationStage, CertificationScheme, Principal } from '@hb/contracts';
import { pageOf, type Page } from '@hb/platform';
import { PRODUCERS_OF_COUNTY } from '../producer-view/county-officials';
import { organisationAsProducer } from '../producer-view/producer-identity';
import { FINAL_STAGES } from './application-stage';
import { ApplicationStep } from './application-step.entity';
import { Application } from './application.entity';
import { afterQueuePosition, queueCursorKey, queueOrderBy, queuePositionOf } from './queue-order';

/** Which applications the work queue shows, beyond what the caller may see. */
export interface QueueFilter {
  readonly producerId?: string;
  readonly stage?: ApplicationStage;
  readonly scheme?: CertificationScheme;
  /** true: not yet decided; false: decided. */
  readonly open?: boolean;
  /** true: past the due time of their stage at `now`; false: not. */
  readonly overdue?: boolean;
  readonly now: Date;
}

/** Applications and their steps; every statement runs in the caller's transaction. */
@Injectable()
export class ApplicationRepository {
  /**
   * The work queue in its order (queue-order.ts), as far as the caller may see it: producers their
   * own, certifiers their body's, county officials their county's producers', administrators all.
   */
  async queue(
    tx: EntityManager,
    caller: Principal,
    filter: QueueFilter,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<Application>> {
    const builder = tx
      .createQueryBuilder(Application, 'a')
      .orderBy(queueOrderBy('a'))
      .take(limit + 1);
    if (caller.role === 'producer') {
      builder.andWhere('a.producer_id = :own', { own: organisationAsProducer(caller) });
    }
    if (caller.role === 'certifier') {
      builder.andWhere('a.certification_body_id = :body', { body: caller.organisationId });
    }
    if (caller.role === 'county_official') {
      builder.andWhere(`a.producer_id IN (${PRODUCERS_OF_COUNTY})`, { county: caller.organisationId });
    }
    if (filter.producerId) builder.andWhere('a.producer_id = :producerId', { producerId: filter.producerId });
    if (filter.stage) builder.andWhere('a.stage = :stage', { stage: filter.stage });
    if (filter.scheme) builder.andWhere('a.scheme = :scheme', { scheme: filter.scheme });
    if (filter.open === true) builder.andWhere('a.stage NOT IN (:...decided)', { decided: FINAL_STAGES });
    if (filter.open === false) builder.andWhere('a.stage IN (:...decided)', { decided: FINAL_STAGES });
    if (filter.overdue === true) builder.andWhere('a.stage_due_at < :now', { now: filter.now });
    if (filter.overdue === false)
      builder.andWhere('(a.stage_due_at IS NULL OR a.stage_due_at >= :now)', { now: filter.now });
    if (cursor) {
      const after = afterQueuePosition('a', queuePositionOf(cursor));
      builder.andWhere(after.sql, after.params);
    }
    return pageOf(
      await builder.getMany(),
      limit,
      (last) =>
        queueCursorKey({ priority: last.priority, submittedAt: last.submittedAt.toISOString(), id: last.id }),
      (application) => application,
    );
  }

  /** The steps of these applications, oldest first. */
  async stepsOf(tx: EntityManager, applicationIds: readonly string[]): Promise<ApplicationStep[]> {
    if (applicationIds.length === 0) return [];
    return tx.find(ApplicationStep, {
      where: { applicationId: In([...applicationIds]) },
      order: { seq: 'ASC' },
    });
  }

  /** Appends a step to the application's history, numbered after the last one. */
  async appendStep(tx: EntityManager, step: Omit<ApplicationStep, 'seq'>): Promise<ApplicationStep> {
    const [{ next }] = await tx.query<{ next: number }[]>(
      `SELECT coalesce(max(seq), 0) + 1 AS next FROM application_steps WHERE application_id = $1`,
      [step.applicationId],
    );
    const numbered = tx.create(ApplicationStep, { ...step, seq: next });
    await tx.insert(ApplicationStep, numbered);
    return numbered;
  }
}
