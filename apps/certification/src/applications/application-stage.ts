import {
  APPLICATION_STAGES,
  ApplicationAdvanced,
  ApplicationApproved,
  ApplicationRejected,
  ApplicationWithdrawn,
  type ApplicationMovedData,
  type ApplicationStage,
  type EventDefinition,
} from '@hb/contracts';
import { defineLifecycle, targetsOf } from '@hb/platform';
import { MoveIsTheOtherParty } from './application.errors';

/** Who may move an application: a certifier reviews it, the applicant may withdraw it. */
export const APPLICATION_ACTORS = ['certifier', 'applicant'] as const;
export type ApplicationActor = (typeof APPLICATION_ACTORS)[number];

/** The stages an application reaches by a move (it starts in `submitted` and never returns there). */
export type ReachableStage = Exclude<ApplicationStage, 'submitted'>;

const reviewStep = (next: ReachableStage): Partial<Record<ApplicationStage, ApplicationActor>> => ({
  [next]: 'certifier',
  rejected: 'certifier',
  withdrawn: 'applicant',
});

/**
 * The review, declared once: stage × target stage → who may make the move. Each review stage leads
 * to the next (submitted → accepted → inspection → testing → review → approved); a certifier may
 * reject at any of them, the applicant may withdraw until approval. Anything else is a 409.
 */
export const APPLICATION_MOVES: Readonly<
  Record<ApplicationStage, Readonly<Partial<Record<ApplicationStage, ApplicationActor>>>>
> = {
  submitted: reviewStep('accepted'),
  accepted: reviewStep('inspection'),
  inspection: reviewStep('testing'),
  testing: reviewStep('review'),
  review: reviewStep('approved'),
  approved: {},
  rejected: {},
  withdrawn: {},
};

/** The event that announces an application reaching a stage. */
export const ANNOUNCED_BY: Readonly<Record<ReachableStage, EventDefinition<ApplicationMovedData>>> = {
  accepted: ApplicationAdvanced,
  inspection: ApplicationAdvanced,
  testing: ApplicationAdvanced,
  review: ApplicationAdvanced,
  approved: ApplicationApproved,
  rejected: ApplicationRejected,
  withdrawn: ApplicationWithdrawn,
};

/** The moves of APPLICATION_MOVES, whoever makes them: `next`, `finals` and docs. */
export const APPLICATION_LIFECYCLE = defineLifecycle<ApplicationStage, ApplicationStage>({
  aggregate: 'application',
  states: APPLICATION_STAGES,
  transitions: targetsOf(APPLICATION_MOVES),
  description:
    'Each review stage leads to the next; a certifier may reject at any of them, the applicant may ' +
    'withdraw until approval. A move is named by the stage it leads to.',
});

/** Stages nothing leads out of: the application is decided or withdrawn. */
export const FINAL_STAGES = APPLICATION_LIFECYCLE.finals;

/**
 * The stage an application reaches when `actor` moves it from `from` to `to`: IllegalTransition
 * (409) when the table has no such move, MoveIsTheOtherParty (403) when the move is the other party's.
 */
export function stageAfter(
  from: ApplicationStage,
  to: ApplicationStage,
  actor: ApplicationActor,
): ReachableStage {
  const next = APPLICATION_LIFECYCLE.next(from, to) as ReachableStage;
  const mover = APPLICATION_MOVES[from][to];
  if (mover !== undefined && mover !== actor) throw new MoveIsTheOtherParty(from, to, mover);
  return next;
}

/** "submitted → accepted → … → approved" for the OpenAPI description of the review. */
export function describeReviewPath(): string {
  const path: ApplicationStage[] = ['submitted'];
  for (;;) {
    const last = path[path.length - 1];
    const next = (Object.keys(APPLICATION_MOVES[last]) as ApplicationStage[]).find(
      (stage) => stage !== 'rejected' && APPLICATION_MOVES[last][stage] === 'certifier',
    );
    if (!next) return path.join(' → ');
    path.push(next);
  }
}
