import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  alertSubject,
  type AlertData,
  type AlertEvidence,
  type AlertKind,
  type AlertSeverity,
} from '@hb/contracts';
import { decodeCursor, pageOf, type Page } from '@hb/platform';

export interface AlertRow {
  id: string;
  kind: AlertKind;
  subject: string;
  severity: AlertSeverity;
  county_code: string;
  category: string | null;
  producer_id: string | null;
  evidence: AlertEvidence;
  raised_at: Date;
  cleared_at: Date | null;
  clear_evidence: AlertEvidence | null;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
}

export interface AlertFilter {
  readonly open?: boolean;
  readonly kind?: AlertKind;
  readonly countyCode?: string;
  readonly cursor?: string;
  readonly limit: number;
}

/** What the alert is about, as the rule found it. */
export type AlertSubject = Omit<AlertData, 'alertId' | 'severity'>;

/** All SQL of alerts. Raising and clearing are conditional writes, so concurrent evaluations announce each change once. */
@Injectable()
export class AlertsRepository {
  /** Inserts the alert unless one is open for its subject; the row when this call raised it. */
  async raise(
    tx: EntityManager,
    subject: AlertSubject,
    severity: AlertSeverity,
    at: Date,
    id: string = randomUUID(),
  ): Promise<AlertRow | null> {
    const [row] = await tx.query<AlertRow[]>(
      `INSERT INTO alerts (id, kind, subject, severity, county_code, category, producer_id, evidence, raised_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9)
       ON CONFLICT DO NOTHING RETURNING *`,
      [
        id,
        subject.kind,
        alertSubject(subject),
        severity,
        subject.countyCode,
        subject.category ?? null,
        subject.producerId ?? null,
        JSON.stringify(subject.evidence),
        at,
      ],
    );
    return row ?? null;
  }

  /** Which of these subjects (alertSubject()) have an open alert. */
  async openOf(tx: EntityManager, subjects: readonly string[]): Promise<Set<string>> {
    if (subjects.length === 0) return new Set();
    const rows = await tx.query<{ subject: string }[]>(
      `SELECT subject FROM alerts WHERE subject = ANY($1::text[]) AND cleared_at IS NULL`,
      [subjects],
    );
    return new Set(rows.map((row) => row.subject));
  }

  /** Clears the open alert of the subject; the row when this call cleared it. */
  async clear(tx: EntityManager, subject: AlertSubject, at: Date): Promise<AlertRow | null> {
    const [rows] = await tx.query<[AlertRow[], number]>(
      `UPDATE alerts SET cleared_at = $2, clear_evidence = $3::jsonb
        WHERE subject = $1 AND cleared_at IS NULL RETURNING *`,
      [alertSubject(subject), at, JSON.stringify(subject.evidence)],
    );
    return rows[0] ?? null;
  }

  /** Restores a clearing announced on the alert topic (replay); a no-op when it is already recorded. */
  async restoreClearing(tx: EntityManager, alert: AlertData, at: string): Promise<void> {
    await tx.query(
      `UPDATE alerts SET cleared_at = $2, clear_evidence = $3::jsonb WHERE id = $1 AND cleared_at IS NULL`,
      [alert.alertId, at, JSON.stringify(alert.evidence)],
    );
  }

  async acknowledge(tx: EntityManager, id: string, by: string, at: Date | string): Promise<AlertRow | null> {
    const [rows] = await tx.query<[AlertRow[], number]>(
      `UPDATE alerts SET acknowledged_at = $3, acknowledged_by = $2
        WHERE id = $1 AND acknowledged_at IS NULL RETURNING *`,
      [id, by, at],
    );
    return rows[0] ?? null;
  }

  async find(tx: EntityManager, id: string, lock = false): Promise<AlertRow | null> {
    const [row] = await tx.query<AlertRow[]>(
      `SELECT * FROM alerts WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row ?? null;
  }

  /** Newest first. */
  async list(tx: EntityManager, filter: AlertFilter): Promise<Page<AlertRow>> {
    const after = filter.cursor ? decodeCursor(filter.cursor, 2) : null;
    const rows = await tx.query<AlertRow[]>(
      `SELECT * FROM alerts
        WHERE ($1::boolean IS NULL OR (cleared_at IS NULL) = $1)
          AND ($2::text IS NULL OR kind = $2)
          AND ($3::char(6) IS NULL OR county_code = $3)
          AND ($4::timestamptz IS NULL OR (raised_at, id) < ($4, $5::uuid))
        ORDER BY raised_at DESC, id DESC LIMIT $6`,
      [
        filter.open ?? null,
        filter.kind ?? null,
        filter.countyCode ?? null,
        after ? String(after[0]) : null,
        after ? String(after[1]) : null,
        filter.limit + 1,
      ],
    );
    return pageOf(
      rows,
      filter.limit,
      (row) => [new Date(row.raised_at).toISOString(), row.id],
      (row) => row,
    );
  }

  /** Open alerts by kind (kinds with none are absent). */
  async openByKind(tx: EntityManager): Promise<Map<string, number>> {
    const rows = await tx.query<{ kind: string; open: number }[]>(
      `SELECT kind, count(*)::int AS open FROM alerts WHERE cleared_at IS NULL GROUP BY kind`,
    );
    return new Map(rows.map((row) => [row.kind, row.open]));
  }
}

export const alertDataOf = (row: AlertRow, evidence: AlertEvidence = row.evidence): AlertData => ({
  alertId: row.id,
  kind: row.kind,
  severity: row.severity,
  countyCode: row.county_code,
  ...(row.category ? { category: row.category as AlertData['category'] } : {}),
  ...(row.producer_id ? { producerId: row.producer_id } : {}),
  evidence,
});
