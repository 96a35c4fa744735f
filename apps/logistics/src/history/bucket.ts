import { RequestValidationError } from '@hb/platform';

export interface Bucket {
  /** As asked, e.g. `5m`. */
  readonly label: string;
  /** A PostgreSQL interval, e.g. `5 minutes`. */
  readonly interval: string;
  readonly ms: number;
}

const UNITS = {
  m: { name: 'minutes', ms: 60_000 },
  h: { name: 'hours', ms: 3_600_000 },
  d: { name: 'days', ms: 86_400_000 },
} as const;

export const MIN_BUCKET_MS = UNITS.m.ms;
export const MAX_BUCKET_MS = UNITS.d.ms;
export const DEFAULT_BUCKET = '5m';

/** `1m`, `5m`, `15m`, `1h`, `1d`…: a whole number of minutes, hours or days, from one minute to one day. */
export function parseBucket(text: string): Bucket {
  const match = /^([1-9]\d{0,3})([mhd])$/.exec(text);
  const refuse = (why: string) =>
    new RequestValidationError([{ field: 'bucket', messages: [`bucket ${why}, e.g. 1m, 5m, 1h or 1d`] }]);
  if (!match) throw refuse('must be a whole number of minutes (m), hours (h) or days (d)');
  const count = Number(match[1]);
  const unit = UNITS[match[2] as keyof typeof UNITS];
  const ms = count * unit.ms;
  if (ms < MIN_BUCKET_MS || ms > MAX_BUCKET_MS) throw refuse('must be from one minute to one day');
  return { label: text, interval: `${count} ${unit.name}`, ms };
}
