import type { ApplicationStage } from '../api/types';

/**
 * The stage a certifier moves an open application to next; from each of these it may also reject.
 * The certification service decides (its table, apps/certification/src/applications/application-stage.ts)
 * and answers 409 to anything else; the console only offers what that table allows.
 */
export const NEXT_REVIEW_STAGE: Readonly<Partial<Record<ApplicationStage, ApplicationStage>>> = {
  submitted: 'accepted',
  accepted: 'inspection',
  inspection: 'testing',
  testing: 'review',
  review: 'approved',
};
