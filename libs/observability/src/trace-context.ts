import { AsyncLocalStorage } from 'node:async_hooks';
import { randomFillSync, randomUUID } from 'node:crypto';

/**
 * What follows one business flow through HTTP requests, outbox rows, Kafka events and log lines.
 * Set at each entry point (an HTTP request, a consumed event) and read wherever it is needed.
 */
export interface TraceContext {
  readonly correlationId: string;
  readonly traceparent: string;
}

const storage = new AsyncLocalStorage<TraceContext>();

const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

/**
 * Random bytes for trace and span ids, drawn from one buffer refilled 4 kB at a time (as Node's
 * randomUUID does): a call to the CSPRNG for each id cost every HTTP request two of them.
 */
const randomPool = Buffer.alloc(4096);
let randomOffset = randomPool.length;

function randomHex(bytes: number): string {
  if (randomOffset + bytes > randomPool.length) {
    randomFillSync(randomPool);
    randomOffset = 0;
  }
  const hex = randomPool.toString('hex', randomOffset, randomOffset + bytes);
  randomOffset += bytes;
  return hex;
}

/** A child span of `parent` (W3C trace context), or a new trace when there is no valid parent. */
export function childTraceparent(parent?: string): string {
  const span = randomHex(8);
  if (parent && TRACEPARENT.test(parent)) return `00-${parent.slice(3, 35)}-${span}-01`;
  return `00-${randomHex(16)}-${span}-01`;
}

export function newTraceContext(from: { correlationId?: string; traceparent?: string } = {}): TraceContext {
  const correlationId =
    from.correlationId && /^[\w.:-]{1,128}$/.test(from.correlationId) ? from.correlationId : randomUUID();
  return { correlationId, traceparent: childTraceparent(from.traceparent) };
}

export function runWithTraceContext<T>(context: TraceContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentTraceContext(): TraceContext | undefined {
  return storage.getStore();
}
