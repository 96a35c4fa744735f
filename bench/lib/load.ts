/** Load shapes: a closed loop (N workers back to back) and an open loop (a fixed arrival rate). */

export interface LoopResult {
  /** Tasks that completed. */
  completed: number;
  /** Tasks that threw. */
  failed: number;
  seconds: number;
  /** Completed tasks per second. */
  rate: number;
  firstError?: string;
}

/** `concurrency` workers, each running `task` back to back until `seconds` have passed. */
export async function closedLoop(
  concurrency: number,
  seconds: number,
  task: (worker: number) => Promise<void>,
): Promise<LoopResult> {
  let completed = 0;
  let failed = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_unused, worker) => {
      while (performance.now() < deadline) {
        try {
          await task(worker);
          completed += 1;
        } catch (error) {
          failed += 1;
          firstError ??= String(error);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { completed, failed, seconds: elapsed, rate: completed / elapsed, firstError };
}

/**
 * Starts `task` `ratePerSecond` times a second, evenly spaced, for `seconds`, without waiting for
 * earlier ones (so a slow answer does not hide the requests that would have queued behind it), then
 * waits for all of them. `lateStartsMs` is how far behind schedule the starts fell at worst: a
 * large figure means the load generator itself could not keep the rate.
 */
export async function openLoop(
  ratePerSecond: number,
  seconds: number,
  task: (index: number) => Promise<void>,
): Promise<LoopResult & { lateStartsMs: number }> {
  const total = Math.max(1, Math.round(ratePerSecond * seconds));
  const interval = 1000 / ratePerSecond;
  const running: Promise<void>[] = [];
  let completed = 0;
  let failed = 0;
  let firstError: string | undefined;
  let lateStartsMs = 0;
  const started = performance.now();
  for (let index = 0; index < total; index += 1) {
    const due = started + index * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((done) => setTimeout(done, wait));
    lateStartsMs = Math.max(lateStartsMs, performance.now() - due);
    running.push(
      task(index).then(
        () => {
          completed += 1;
        },
        (error: unknown) => {
          failed += 1;
          firstError ??= String(error);
        },
      ),
    );
  }
  await Promise.all(running);
  const elapsed = (performance.now() - started) / 1000;
  return { completed, failed, seconds: elapsed, rate: completed / elapsed, firstError, lateStartsMs };
}

/** A stopwatch in milliseconds. */
export function stopwatch(): () => number {
  const started = performance.now();
  return () => performance.now() - started;
}

/**
 * Runs two measurements `rounds` times each, alternating which goes first (ABBA), so that a drift in
 * the machine's load during the run weighs on both alike.
 */
export async function alternate<T>(
  rounds: number,
  a: (round: number) => Promise<T>,
  b: (round: number) => Promise<T>,
  onRound?: (round: number, a: T, b: T) => void,
): Promise<{ a: T[]; b: T[] }> {
  const results = { a: [] as T[], b: [] as T[] };
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      results.a.push(await a(round));
      results.b.push(await b(round));
    } else {
      results.b.push(await b(round));
      results.a.push(await a(round));
    }
    onRound?.(round, results.a[round], results.b[round]);
  }
  return results;
}
