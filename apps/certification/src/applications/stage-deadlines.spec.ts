import { APPLICATION_STAGES } from '@hb/contracts';
import { DEFAULT_CERTIFICATION_CONFIG, TIMED_STAGES } from '../certification.config';
import { isOverdue, stageDueAt } from './stage-deadlines';

const config = DEFAULT_CERTIFICATION_CONFIG;
const enteredAt = new Date('2026-03-02T08:00:00.000Z');

describe('stage deadlines', () => {
  it('gives on-site inspection 20 days in the standard lane and 10 in the priority lane', () => {
    expect(stageDueAt('inspection', enteredAt, false, config)).toEqual(new Date('2026-03-22T08:00:00.000Z'));
    expect(stageDueAt('inspection', enteredAt, true, config)).toEqual(new Date('2026-03-12T08:00:00.000Z'));
  });

  it('is never slower in the priority lane, at any stage', () => {
    for (const stage of TIMED_STAGES) {
      expect(stageDueAt(stage, enteredAt, true, config)!.getTime()).toBeLessThanOrEqual(
        stageDueAt(stage, enteredAt, false, config)!.getTime(),
      );
    }
  });

  it('sets no deadline once an application is approved, rejected or withdrawn', () => {
    const untimed = APPLICATION_STAGES.filter(
      (stage) => !(TIMED_STAGES as readonly string[]).includes(stage),
    );
    expect(untimed).toEqual(['approved', 'rejected', 'withdrawn']);
    for (const stage of untimed) expect(stageDueAt(stage, enteredAt, true, config)).toBeNull();
  });

  it('calls a stage overdue only after its due time', () => {
    const due = stageDueAt('submitted', enteredAt, false, config)!;
    expect(isOverdue(due, due)).toBe(false);
    expect(isOverdue(due, new Date(due.getTime() + 1))).toBe(true);
    expect(isOverdue(null, new Date('2099-01-01'))).toBe(false);
  });
});
