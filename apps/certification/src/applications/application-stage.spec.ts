import {
  APPLICATION_STAGES,
  ApplicationAdvanced,
  ApplicationApproved,
  ApplicationRejected,
  ApplicationWithdrawn,
  type ApplicationStage,
} from '@hb/contracts';
import { ForbiddenError, IllegalTransitionError, toProblem } from '@hb/platform';
import {
  ANNOUNCED_BY,
  APPLICATION_ACTORS,
  describeReviewPath,
  FINAL_STAGES,
  stageAfter,
  type ApplicationActor,
} from './application-stage';

/** Written out by hand, independently of the table: the moves there are, and whose they are. */
const ALLOWED: Record<string, ApplicationActor> = {
  'submitted accepted': 'certifier',
  'submitted rejected': 'certifier',
  'submitted withdrawn': 'applicant',
  'accepted inspection': 'certifier',
  'accepted rejected': 'certifier',
  'accepted withdrawn': 'applicant',
  'inspection testing': 'certifier',
  'inspection rejected': 'certifier',
  'inspection withdrawn': 'applicant',
  'testing review': 'certifier',
  'testing rejected': 'certifier',
  'testing withdrawn': 'applicant',
  'review approved': 'certifier',
  'review rejected': 'certifier',
  'review withdrawn': 'applicant',
};

const triples = APPLICATION_STAGES.flatMap((from) =>
  APPLICATION_STAGES.flatMap((to) => APPLICATION_ACTORS.map((actor) => [from, to, actor] as const)),
);

const expectationFor = (from: ApplicationStage, to: ApplicationStage, actor: ApplicationActor) => {
  const owner = ALLOWED[`${from} ${to}`];
  if (!owner) return 'illegal (409)';
  return owner === actor ? to : 'forbidden (403)';
};

describe('application review stages', () => {
  it('covers every stage, target stage and actor', () => {
    expect(triples).toHaveLength(APPLICATION_STAGES.length ** 2 * APPLICATION_ACTORS.length);
  });

  it.each(triples.map(([from, to, actor]) => [from, to, actor, expectationFor(from, to, actor)] as const))(
    'from %s to %s by the %s: %s',
    (from, to, actor, expected) => {
      const move = () => stageAfter(from, to, actor);
      if (expected === 'illegal (409)') expect(move).toThrow(IllegalTransitionError);
      else if (expected === 'forbidden (403)') expect(move).toThrow(ForbiddenError);
      else expect(move()).toBe(expected);
    },
  );

  it('does not let a certifier skip laboratory testing', () => {
    expect(() => stageAfter('inspection', 'review', 'certifier')).toThrow(
      'application cannot go from inspection to review',
    );
  });

  it('says which moves an application in inspection allows when one is refused', () => {
    let refusal: unknown;
    try {
      stageAfter('inspection', 'review', 'certifier');
    } catch (error) {
      refusal = error;
    }
    expect(toProblem(refusal)).toMatchObject({
      status: 409,
      from: 'inspection',
      to: 'review',
      trigger: 'review',
      allowed: ['testing', 'rejected', 'withdrawn'],
    });
  });

  it('lets the applicant withdraw up to the last review step, but not after approval', () => {
    expect(stageAfter('review', 'withdrawn', 'applicant')).toBe('withdrawn');
    expect(() => stageAfter('approved', 'withdrawn', 'applicant')).toThrow(IllegalTransitionError);
  });

  it('ends in approved, rejected or withdrawn', () => {
    expect([...FINAL_STAGES].sort()).toEqual(['approved', 'rejected', 'withdrawn']);
  });

  it('announces review steps as advances and decisions with their own events', () => {
    expect(ANNOUNCED_BY.accepted).toBe(ApplicationAdvanced);
    expect(ANNOUNCED_BY.review).toBe(ApplicationAdvanced);
    expect(ANNOUNCED_BY.approved).toBe(ApplicationApproved);
    expect(ANNOUNCED_BY.rejected).toBe(ApplicationRejected);
    expect(ANNOUNCED_BY.withdrawn).toBe(ApplicationWithdrawn);
  });

  it('describes the review path for the API documentation', () => {
    expect(describeReviewPath()).toBe('submitted → accepted → inspection → testing → review → approved');
  });
});
