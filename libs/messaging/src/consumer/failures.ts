/** SQLSTATE classes and Node error codes that mean "the database is unreachable", not "this event is bad". */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);

const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'connection timeout',
  'Client has encountered a connection error',
  'terminating connection',
  'the database system is',
];

function codeOf(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const candidate = error as { code?: unknown; driverError?: unknown };
  if (typeof candidate.code === 'string') return candidate.code;
  return codeOf(candidate.driverError);
}

/**
 * True when a handler failed because its infrastructure is down. Such an event is not poison: it is
 * never dead-lettered, its offset is not committed, and it is applied once the database is back.
 */
export function isInfrastructureUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  if (code && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  const message = error instanceof Error ? error.message : '';
  return UNAVAILABLE_MESSAGES.some((fragment) => message.includes(fragment));
}

/** SQLSTATE codes of a transaction that lost a lock conflict with another: nothing wrong with its work. */
const LOCK_CONFLICT_CODES = new Set([
  '40P01', // deadlock_detected
  '40001', // serialization_failure
]);

/** True when a transaction was chosen as the victim of a deadlock (or a serialization conflict). */
export function isLockConflict(error: unknown): boolean {
  const code = codeOf(error);
  return code !== undefined && LOCK_CONFLICT_CODES.has(code);
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 1_000);
  try {
    return JSON.stringify(error).slice(0, 1_000);
  } catch {
    return String(error);
  }
}
