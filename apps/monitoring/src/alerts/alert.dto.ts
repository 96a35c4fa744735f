import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import {
  ALERT_KINDS,
  ALERT_SEVERITIES,
  PRODUCT_CATEGORIES,
  type AlertKind,
  type AlertSeverity,
} from '@hb/contracts';
import { PageQuery } from '@hb/platform';
import type { AlertRow } from './alerts.repository';

export class AlertsQuery extends PageQuery {
  @ApiPropertyOptional({ type: Boolean, description: 'true: open alerts only; false: cleared ones only.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'open must be true or false' })
  open?: boolean;

  @ApiPropertyOptional({ enum: ALERT_KINDS })
  @IsOptional()
  @IsIn(ALERT_KINDS)
  kind?: AlertKind;

  @ApiPropertyOptional({ example: '522728' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'countyCode must be a 6-digit county code' })
  countyCode?: string;
}

export class AlertEvidenceView {
  @ApiProperty() metric!: string;
  @ApiProperty() value!: number;
  @ApiProperty({ type: Number, nullable: true }) baseline!: number | null;
  @ApiProperty({ type: Number, nullable: true }) ratio!: number | null;
  @ApiProperty() threshold!: number;
  @ApiProperty({ example: '2026-06-01' }) from!: string;
  @ApiProperty({ example: '2026-06-14' }) to!: string;
  @ApiPropertyOptional() productId?: string;
  @ApiPropertyOptional({
    description:
      "Where to act: for unsold_near_expiry, catalog's `POST /v1/emergency-sales` (with the productId) that opens an emergency sale of the product.",
    example: '/v1/emergency-sales',
  })
  actionHref?: string;
  @ApiPropertyOptional({
    description:
      "Data points (order lines) of the measured windows that come from imported market history (POST /v1/market/history) rather than this platform's events; absent when none do.",
  })
  importedDataPoints?: number;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The open emergency sale that cleared an unsold_near_expiry alert.',
  })
  emergencySaleId?: string;
}

export class AlertView {
  @ApiProperty({ format: 'uuid' }) alertId!: string;
  @ApiProperty({ enum: ALERT_KINDS }) kind!: AlertKind;
  @ApiProperty({ enum: ALERT_SEVERITIES }) severity!: AlertSeverity;
  @ApiProperty({ example: '522728' }) countyCode!: string;
  @ApiProperty({ enum: PRODUCT_CATEGORIES, nullable: true }) category!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) producerId!: string | null;
  @ApiProperty({ type: AlertEvidenceView, description: 'The figures when the alert was raised.' })
  evidence!: AlertEvidenceView;
  @ApiProperty() open!: boolean;
  @ApiProperty({ format: 'date-time' }) raisedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) clearedAt!: string | null;
  @ApiProperty({ type: AlertEvidenceView, nullable: true, description: 'The figures when it cleared.' })
  clearEvidence!: AlertEvidenceView | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) acknowledgedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) acknowledgedBy!: string | null;
}

export class AlertPage {
  @ApiProperty({ type: [AlertView] }) items!: AlertView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

const iso = (at: Date | null) => (at ? new Date(at).toISOString() : null);

/** An alert as the API shows it. */
export function toAlertView(row: AlertRow): AlertView {
  return {
    alertId: row.id,
    kind: row.kind,
    severity: row.severity,
    countyCode: row.county_code,
    category: row.category,
    producerId: row.producer_id,
    evidence: row.evidence,
    open: row.cleared_at === null,
    raisedAt: iso(row.raised_at)!,
    clearedAt: iso(row.cleared_at),
    clearEvidence: row.clear_evidence,
    acknowledgedAt: iso(row.acknowledged_at),
    acknowledgedBy: row.acknowledged_by,
  };
}
