import { IsInt, IsOptional, IsString, IsUUID, Length, Matches, Min } from 'class-validator';
import { IsCalendarDate } from '../calendar-date';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { REGION_CODE } from './region-code';

/**
 * Paired assistance (东西部协作 / 对口帮扶): a city or district assisting a poor county over a period.
 * A city's pairing covers its districts and county-level cities (see region-code.ts).
 */
export class PairingSnapshot {
  @IsUUID() id!: string;
  @Matches(REGION_CODE) assistingRegionCode!: string;
  @IsString() @Length(1, 100) assistingRegionName!: string;
  @Matches(REGION_CODE) assistedCountyCode!: string;
  /** First day of the pairing. */
  @IsCalendarDate() from!: string;
  /** Last day; null while it lasts. */
  @IsOptional() @IsCalendarDate() to!: string | null;
  /** Increases with every change: a read model keeps the highest. */
  @IsInt() @Min(1) version!: number;
}

export const PairingRegistered = defineEvent({
  type: 'catalog.pairing.registered.v1',
  topic: Topics.pairing,
  payload: PairingSnapshot,
  description: 'A city or district was paired with a county it assists, from a day on.',
  subjectOf: (pairing) => pairing.id,
});

export const PairingUpdated = defineEvent({
  type: 'catalog.pairing.updated.v1',
  topic: Topics.pairing,
  payload: PairingSnapshot,
  description: 'A pairing changed (its name, or it ended): the full snapshot.',
  subjectOf: (pairing) => pairing.id,
});

export const PAIRING_EVENTS = [PairingRegistered, PairingUpdated];
