import { PeriodicSweep, PeriodicWork, sweepBatchSize } from './periodic-work';

const quietLogger = { log: jest.fn(), error: jest.fn(), warn: jest.fn() };

describe('PeriodicWork', () => {
  afterEach(() => jest.useRealTimers());

  it('never starts a run while the previous one is still going, and a stop waits for it', async () => {
    jest.useFakeTimers();
    let finish: () => void = () => undefined;
    let runs = 0;
    const work = new PeriodicWork(
      'sweep',
      100,
      () => {
        runs += 1;
        return new Promise<void>((resolve) => (finish = resolve));
      },
      quietLogger,
    );
    work.start();
    jest.advanceTimersByTime(350);
    expect(runs).toBe(1);

    let stopped = false;
    const stopping = work.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
  });

  it('logs a failed run and tries again at the next tick', async () => {
    jest.useFakeTimers();
    let runs = 0;
    const work = new PeriodicWork(
      'sweep',
      100,
      async () => {
        runs += 1;
        if (runs === 1) throw new Error('database unavailable');
      },
      quietLogger,
    );
    work.start();
    await jest.advanceTimersByTimeAsync(250);
    await work.stop();
    expect(runs).toBe(2);
    expect(quietLogger.warn).toHaveBeenCalledWith(
      expect.objectContaining({ msg: 'sweep failed; will retry' }),
    );
  });
});

describe('sweepBatchSize', () => {
  it('is 100 unless SWEEP_BATCH_SIZE says otherwise', () => {
    expect(sweepBatchSize({})).toBe(100);
    expect(sweepBatchSize({ SWEEP_BATCH_SIZE: '5' })).toBe(5);
  });

  it.each(['0', '-3', '2.5', 'ten', '10001', '5x'])('refuses SWEEP_BATCH_SIZE=%s at start-up', (raw) => {
    expect(() => sweepBatchSize({ SWEEP_BATCH_SIZE: raw })).toThrow(/SWEEP_BATCH_SIZE/);
  });
});

describe('PeriodicSweep', () => {
  afterEach(() => jest.useRealTimers());

  class CountingSweep extends PeriodicSweep {
    runs = 0;
    constructor() {
      super('counting sweep', 100);
    }
    protected override async work(): Promise<void> {
      this.runs += 1;
    }
  }

  it('runs its work on its interval from bootstrap until shutdown, not before nor after', async () => {
    jest.useFakeTimers();
    const sweep = new CountingSweep();
    await jest.advanceTimersByTimeAsync(250);
    expect(sweep.runs).toBe(0);

    sweep.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(250);
    expect(sweep.runs).toBe(2);

    await sweep.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(250);
    expect(sweep.runs).toBe(2);
  });
});
