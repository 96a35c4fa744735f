/** A setting of the environment that cannot be used: the service refuses to start, naming it. */
export class ConfigurationError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigurationError';
  }
}

export interface EnvIntOptions {
  /** Smallest value accepted (default 1: counts, sizes and intervals are positive). */
  readonly min?: number;
  readonly max?: number;
  /** The environment read (default process.env); tests pass their own. */
  readonly env?: NodeJS.ProcessEnv;
}

const rawValue = (env: NodeJS.ProcessEnv, variable: string): string | undefined => {
  const raw = env[variable]?.trim();
  return raw === undefined || raw === '' ? undefined : raw;
};

const checkRange = (variable: string, raw: string, value: number, min: number, max: number): number => {
  if (value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
    throw new ConfigurationError(variable, `"${raw}" is out of range (${range})`);
  }
  return value;
};

/**
 * A whole number from the environment, or `fallback` when unset or empty. Anything else that is not
 * a whole number in range (`12abc`, `1.5`, `-3`) stops the service at start with a message naming
 * the variable, rather than quietly running with the default.
 */
export function envInt(variable: string, fallback: number, options: EnvIntOptions = {}): number {
  const { min = 1, max = Number.MAX_SAFE_INTEGER, env = process.env } = options;
  const raw = rawValue(env, variable);
  if (raw === undefined) return fallback;
  if (!/^[+-]?\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
    throw new ConfigurationError(variable, `"${raw}" is not a whole number`);
  }
  return checkRange(variable, raw, Number(raw), min, max);
}

const DURATION_UNITS_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
export type DurationUnit = keyof typeof DURATION_UNITS_MS;

export interface EnvDurationOptions extends EnvIntOptions {
  /** The unit of a bare number, of `fallback` and of the result (default ms). */
  readonly unit?: DurationUnit;
}

/**
 * A duration from the environment: a bare number in `unit`, or a number with a unit (`1500ms`, `30s`,
 * `15m`, `12h`, `7d`), returned in `unit` (which it must be a whole number of). `fallback` when unset
 * or empty; garbage stops the service at start, naming the variable.
 */
export function envDuration(variable: string, fallback: number, options: EnvDurationOptions = {}): number {
  const { unit = 'ms', min = 1, max = Number.MAX_SAFE_INTEGER, env = process.env } = options;
  const raw = rawValue(env, variable);
  if (raw === undefined) return fallback;
  const match = /^(\d+)\s*(ms|s|m|h|d)?$/.exec(raw);
  const amount = match
    ? Number(match[1]) * DURATION_UNITS_MS[(match[2] as DurationUnit | undefined) ?? unit]
    : NaN;
  const value = amount / DURATION_UNITS_MS[unit];
  if (!Number.isSafeInteger(value)) {
    throw new ConfigurationError(
      variable,
      `"${raw}" is not a duration such as ${unit === 'ms' ? '1500, ' : ''}30s, 15m, 12h or 7d` +
        (match ? ` (a whole number of ${unit})` : ''),
    );
  }
  return checkRange(variable, raw, value, min, max);
}
