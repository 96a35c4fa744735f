import type { ApplicationStage } from '@hb/contracts';
import { TIMED_STAGES, type CertificationConfig, type TimedStage } from '../certification.config';

const DAY_MS = 86_400_000;

const isTimed = (stage: ApplicationStage): stage is TimedStage =>
  (TIMED_STAGES as readonly string[]).includes(stage);

/**
 * When a stage entered at `enteredAt` is due: the stage's time limit in the application's lane
 * (shorter in the priority lane). Null for decided or withdrawn applications, which wait for no one.
 */
export function stageDueAt(
  stage: ApplicationStage,
  enteredAt: Date,
  priority: boolean,
  config: Pick<CertificationConfig, 'stageLimitDays' | 'priorityStageLimitDays'>,
): Date | null {
  if (!isTimed(stage)) return null;
  const days = (priority ? config.priorityStageLimitDays : config.stageLimitDays)[stage];
  return new Date(enteredAt.getTime() + days * DAY_MS);
}

/** A stage is overdue once its due time has passed and the application still waits in it. */
export const isOverdue = (dueAt: Date | null, now: Date): boolean => dueAt !== null && now > dueAt;
