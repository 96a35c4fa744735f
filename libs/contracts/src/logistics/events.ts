import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Min,
  ValidateBy,
  ValidateNested,
  type ValidationArguments,
} from 'class-validator';
import { ColdChainProfileData } from '../catalog/events';
import { defineEvent, Untransformed } from '../event-definition';
import { Topics } from '../topics';

export const COLD_CHAIN_VERDICTS = ['ok', 'excursion', 'breached'] as const;
export type ColdChainVerdict = (typeof COLD_CHAIN_VERDICTS)[number];

/** States of a shipment (see apps/logistics/src/shipments/shipment-status.ts for the transitions). */
export const SHIPMENT_STATUSES = [
  'created',
  'picked_up',
  'in_transit',
  'at_hub',
  'out_for_delivery',
  'delivered',
  'cancelled',
  // Stopped where it is because a lot it carries was recalled (only a recalled shipment may be held).
  'held',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** Which side of the cold-chain profile's range an excursion went out on. */
export const EXCURSION_DIRECTIONS = ['above', 'below'] as const;
export type ExcursionDirection = (typeof EXCURSION_DIRECTIONS)[number];

/** How bad an excursion is (thresholds in apps/logistics/src/cold-chain/verdict.ts). */
export const EXCURSION_SEVERITIES = ['minor', 'major', 'critical'] as const;
export type ExcursionSeverity = (typeof EXCURSION_SEVERITIES)[number];

/** What a temperature reading may say, on HTTP and on Kafka alike. */
export const TELEMETRY_LIMITS = {
  /** Colder or warmer than this is a broken probe, not a reading. */
  minTemperatureC: -60,
  maxTemperatureC: 60,
  /** Readings per HTTP request or Kafka message; a larger batch is refused whole. */
  maxReadingsPerBatch: 1000,
} as const;

export class ShipmentRef {
  @IsUUID() shipmentId!: string;
  @IsUUID() orderId!: string;
  /** The origin: one shipment per producer of a confirmed order. */
  @IsUUID() producerId!: string;
}

export class ShipmentCreatedData extends ShipmentRef {
  /** The intersection of the profiles of the producer's lines (the range all of them tolerate). */
  @IsOptional() @ValidateNested() @Type(() => ColdChainProfileData) coldChainProfile?: ColdChainProfileData;
}

export class ShipmentClaimedData extends ShipmentRef {
  @IsString() operatorId!: string;
  @IsISO8601() at!: string;
}

export class ShipmentMovedData extends ShipmentRef {
  @IsISO8601() at!: string;
  @IsOptional() @IsString() operatorId?: string;
  /** The chain of custody at this move: where, who handed the goods over, who took them. */
  @IsOptional() @IsString() location?: string;
  @IsOptional() @IsString() handedOverBy?: string;
  @IsOptional() @IsString() receivedBy?: string;
}

export class ShipmentCustodyChangedData extends ShipmentMovedData {
  @IsIn(SHIPMENT_STATUSES) from!: ShipmentStatus;
  @IsIn(SHIPMENT_STATUSES) status!: ShipmentStatus;
}

/** The figures behind a cold-chain verdict. */
export class ColdChainFigures {
  @IsNumber() minC!: number;
  @IsNumber() maxC!: number;
  @IsInt() @Min(0) minutesOutOfRange!: number;
  @IsInt() @Min(0) longestExcursionMinutes!: number;
  @IsOptional() @IsNumber() mktC!: number | null;
  @IsInt() @Min(0) readings!: number;
}

export class ShipmentDeliveredData extends ShipmentMovedData {
  @IsIn(COLD_CHAIN_VERDICTS) coldChainVerdict!: ColdChainVerdict;
  @ValidateNested() @Type(() => ColdChainFigures) figures!: ColdChainFigures;
}

/** One excursion of a shipment out of its profile's range, as far as the readings so far tell. */
export class TemperatureExcursionData extends ShipmentRef {
  @IsUUID() excursionId!: string;
  @IsIn(EXCURSION_DIRECTIONS) direction!: ExcursionDirection;
  /** Device time of the first reading out of range. */
  @IsISO8601() startedAt!: string;
  /** Device time of the first reading back in range; absent while the excursion lasts. */
  @IsOptional() @IsISO8601() endedAt?: string;
  /** The reading furthest outside the range. */
  @IsNumber() peakC!: number;
  @IsInt() @Min(0) minutes!: number;
  @IsIn(EXCURSION_SEVERITIES) severity!: ExcursionSeverity;
}

/** One reading of a cold-chain logger. */
export interface TelemetryReading {
  deviceId: string;
  /** Device time (when the probe measured), not when the reading reached us. */
  recordedAt: string;
  temperatureC: number;
  humidityPct?: number | null;
  lat?: number | null;
  lon?: number | null;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The two digits at `at` as a number (the pattern above has placed them). */
const twoDigits = (text: string, at: number): number =>
  (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;

/**
 * A full ISO-8601 timestamp with a time of day and a UTC offset, on a day the calendar has: a
 * reading without a time (or zone) cannot be placed on the trip, and `Date.parse` would roll
 * 31 February over to March where PostgreSQL refuses it. The fields are read at their places once
 * the pattern matched (every reading of a batch passes here).
 */
export function isReadingTime(value: unknown): value is string {
  if (typeof value !== 'string' || !TIMESTAMP.test(value)) return false;
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  const hour = twoDigits(value, 11);
  const minute = twoDigits(value, 14);
  const second = value.charCodeAt(16) === 58 /* ':' */ ? twoDigits(value, 17) : 0;
  const utc = value.charCodeAt(value.length - 1) === 90; /* 'Z' */
  const offsetHours = utc ? 0 : twoDigits(value, value.length - 5);
  const offsetMinutes = utc ? 0 : twoDigits(value, value.length - 2);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1];
  return (
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 14 &&
    offsetMinutes <= 59
  );
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's days_from_civil; any year, unlike Date.UTC's 0–99). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The instant of a time isReadingTime accepted, as epoch milliseconds: what `Date.parse` gives for it
 * (a fraction beyond the millisecond cut off), read at the fields' places instead of parsed again.
 */
export function readingTimeMs(value: string): number {
  const hasSeconds = value.charCodeAt(16) === 58; /* ':' */
  let millis = 0;
  if (hasSeconds && value.charCodeAt(19) === 46 /* '.' */) {
    for (let at = 20, scale = 100; scale >= 1; at += 1, scale /= 10) {
      const digit = value.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) break;
      millis += digit * scale;
    }
  }
  const last = value.length - 1;
  const offsetMinutes =
    value.charCodeAt(last) === 90 /* 'Z' */
      ? 0
      : (value.charCodeAt(last - 5) === 45 /* '-' */ ? -1 : 1) *
        (twoDigits(value, last - 4) * 60 + twoDigits(value, last - 1));
  const days = daysFromCivil(
    twoDigits(value, 0) * 100 + twoDigits(value, 2),
    twoDigits(value, 5),
    twoDigits(value, 8),
  );
  const seconds = hasSeconds ? twoDigits(value, 17) : 0;
  return (
    ((days * 24 + twoDigits(value, 11)) * 60 + twoDigits(value, 14) - offsetMinutes) * 60_000 +
    seconds * 1000 +
    millis
  );
}

const finiteBetween = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

const absentOrBetween = (value: unknown, min: number, max: number): boolean =>
  value === undefined || value === null || finiteBetween(value, min, max);

/**
 * What is wrong with each reading of a batch, as `readings.<index>.<field>: problem`. Written as one
 * loop rather than a nested class-validator class: a device batch holds hundreds of readings, and
 * this check runs on every one of them at ingest rate.
 */
export function telemetryReadingProblems(readings: readonly unknown[]): string[] {
  const problems: string[] = [];
  const { minTemperatureC, maxTemperatureC } = TELEMETRY_LIMITS;
  for (let index = 0; index < readings.length; index += 1) {
    const reading = readings[index];
    if (reading === null || typeof reading !== 'object' || Array.isArray(reading)) {
      problems.push(`readings.${index}: must be an object`);
      continue;
    }
    const { deviceId, recordedAt, temperatureC, humidityPct, lat, lon } = reading as Record<string, unknown>;
    if (typeof deviceId !== 'string' || deviceId.length < 1 || deviceId.length > 100) {
      problems.push(`readings.${index}.deviceId: must be a string of 1 to 100 characters`);
    }
    if (!isReadingTime(recordedAt)) {
      problems.push(
        `readings.${index}.recordedAt: must be an ISO-8601 timestamp with a time and a UTC offset`,
      );
    }
    if (!finiteBetween(temperatureC, minTemperatureC, maxTemperatureC)) {
      problems.push(
        `readings.${index}.temperatureC: must be a number from ${minTemperatureC} to ${maxTemperatureC}`,
      );
    }
    if (!absentOrBetween(humidityPct, 0, 100))
      problems.push(`readings.${index}.humidityPct: must be a number from 0 to 100`);
    if (!absentOrBetween(lat, -90, 90))
      problems.push(`readings.${index}.lat: must be a number from -90 to 90`);
    if (!absentOrBetween(lon, -180, 180))
      problems.push(`readings.${index}.lon: must be a number from -180 to 180`);
  }
  return problems;
}

/**
 * One reading as JSON Schema, for documents (AsyncAPI) that cannot read the rules out of
 * telemetryReadingProblems: the same limits, said once more for readers.
 */
export const TELEMETRY_READING_JSON_SCHEMA = {
  type: 'object',
  required: ['deviceId', 'recordedAt', 'temperatureC'],
  properties: {
    deviceId: { type: 'string', minLength: 1, maxLength: 100, description: 'The logger.' },
    recordedAt: {
      type: 'string',
      format: 'date-time',
      description: 'Device time of the measurement, with a time of day and a UTC offset.',
    },
    temperatureC: {
      type: 'number',
      minimum: TELEMETRY_LIMITS.minTemperatureC,
      maximum: TELEMETRY_LIMITS.maxTemperatureC,
    },
    humidityPct: { type: ['number', 'null'], minimum: 0, maximum: 100 },
    lat: { type: ['number', 'null'], minimum: -90, maximum: 90 },
    lon: { type: ['number', 'null'], minimum: -180, maximum: 180 },
  },
} as const;

const MAX_PROBLEMS_LISTED = 10;

/** Validates every reading of a batch with telemetryReadingProblems. */
function AreTelemetryReadings(): PropertyDecorator {
  return ValidateBy({
    name: 'areTelemetryReadings',
    validator: {
      validate: (value: unknown) => Array.isArray(value) && telemetryReadingProblems(value).length === 0,
      defaultMessage: (args?: ValidationArguments) => {
        if (!Array.isArray(args?.value)) return 'readings must be an array';
        const problems = telemetryReadingProblems(args.value as unknown[]);
        const more = problems.length - MAX_PROBLEMS_LISTED;
        return problems.slice(0, MAX_PROBLEMS_LISTED).join('; ') + (more > 0 ? `; and ${more} more` : '');
      },
    },
  });
}

export class TelemetryReadingsData {
  @IsUUID() shipmentId!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(TELEMETRY_LIMITS.maxReadingsPerBatch)
  @AreTelemetryReadings()
  @Untransformed()
  readings!: TelemetryReading[];
}

export const ShipmentCreated = defineEvent({
  type: 'logistics.shipment.created.v1',
  topic: Topics.shipment,
  payload: ShipmentCreatedData,
  description: 'A shipment was created for one producer origin of a confirmed order.',
  subjectOf: (data) => data.shipmentId,
});

export const ShipmentPickedUp = defineEvent({
  type: 'logistics.shipment.pickedUp.v1',
  topic: Topics.shipment,
  payload: ShipmentMovedData,
  description: 'An operator picked the shipment up from its producer (the order is on its way).',
  subjectOf: (data) => data.shipmentId,
});

export const ShipmentDelivered = defineEvent({
  type: 'logistics.shipment.delivered.v1',
  topic: Topics.shipment,
  payload: ShipmentDeliveredData,
  description: 'The shipment was delivered, with its cold-chain verdict and the figures behind it.',
  subjectOf: (data) => data.shipmentId,
});

export const ShipmentCancelled = defineEvent({
  type: 'logistics.shipment.cancelled.v1',
  topic: Topics.shipment,
  payload: ShipmentRef,
  description: 'The shipment was cancelled with its order before dispatch.',
  subjectOf: (data) => data.shipmentId,
});

export const ShipmentClaimed = defineEvent({
  type: 'logistics.shipment.claimed.v1',
  topic: Topics.shipment,
  payload: ShipmentClaimedData,
  description: 'A logistics operator took the shipment on; only it may move the shipment and post readings.',
  subjectOf: (data) => data.shipmentId,
});

export const ShipmentCustodyChanged = defineEvent({
  type: 'logistics.shipment.custodyChanged.v1',
  topic: Topics.shipment,
  payload: ShipmentCustodyChangedData,
  description:
    'The shipment moved between pick-up and delivery (in transit, at a hub, out for delivery), with who handed it to whom.',
  subjectOf: (data) => data.shipmentId,
});

export const TemperatureExcursionDetected = defineEvent({
  type: 'logistics.shipment.temperatureExcursionDetected.v1',
  topic: Topics.shipment,
  payload: TemperatureExcursionData,
  description: "A shipment's readings went out of its cold-chain profile's range (by device time).",
  subjectOf: (data) => data.shipmentId,
});

export const TemperatureExcursionEnded = defineEvent({
  type: 'logistics.shipment.temperatureExcursionEnded.v1',
  topic: Topics.shipment,
  payload: TemperatureExcursionData,
  description:
    'A temperature excursion ended: the readings came back into range; minutes and severity are final.',
  subjectOf: (data) => data.shipmentId,
});

export const TelemetryReadingsRecorded = defineEvent({
  type: 'logistics.telemetry.readingsRecorded.v1',
  topic: Topics.telemetry,
  payload: TelemetryReadingsData,
  description:
    'A batch of readings from a cold-chain logger (published by devices or their gateway, keyed by shipment id).',
  subjectOf: (data) => data.shipmentId,
});

export const SHIPMENT_EVENTS = [
  ShipmentCreated,
  ShipmentPickedUp,
  ShipmentDelivered,
  ShipmentCancelled,
  ShipmentClaimed,
  ShipmentCustodyChanged,
  TemperatureExcursionDetected,
  TemperatureExcursionEnded,
  TelemetryReadingsRecorded,
];
