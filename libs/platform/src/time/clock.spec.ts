import { Test } from '@nestjs/testing';
import { Clock, ClockModule, daysBefore, SystemClock, TestClock, utcDay } from './clock';

describe('Clock', () => {
  it('gives the UTC calendar day, whatever the hour', () => {
    expect(utcDay(new Date('2026-03-01T23:59:59.999Z'))).toBe('2026-03-01');
    expect(new TestClock('2026-03-01T00:00:00.000Z').today()).toBe('2026-03-01');
    expect(daysBefore(new Date('2026-03-01T12:00:00Z'), 2)).toEqual(new Date('2026-02-27T12:00:00Z'));
  });

  it('lets a test stand still, set and move the time, handing out copies', () => {
    const clock = new TestClock('2026-01-31T10:00:00Z');
    const seen = clock.now();
    seen.setUTCFullYear(1999);
    expect(clock.now()).toEqual(new Date('2026-01-31T10:00:00Z'));
    clock.advance(14 * 3_600_000);
    expect(clock.today()).toBe('2026-02-01');
    clock.set('2030-06-01T00:00:00Z');
    expect(clock.now()).toEqual(new Date('2030-06-01T00:00:00Z'));
  });

  it('is injected by its abstract class, the system clock by default', async () => {
    const module = await Test.createTestingModule({ imports: [ClockModule] }).compile();
    const clock = module.get(Clock);
    expect(clock).toBeInstanceOf(SystemClock);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(5_000);
  });

  it('can be replaced by a test clock in a module', async () => {
    const module = await Test.createTestingModule({ imports: [ClockModule] })
      .overrideProvider(Clock)
      .useValue(new TestClock('2026-05-05T05:05:05Z'))
      .compile();
    expect(module.get(Clock).today()).toBe('2026-05-05');
  });
});
