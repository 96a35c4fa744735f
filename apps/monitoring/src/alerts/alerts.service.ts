import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertAcknowledged, type Principal } from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import { Clock, DEFAULT_PAGE_SIZE, NotFoundError, type Page } from '@hb/platform';
import type { AlertsQuery, AlertView } from './alert.dto';
import { alertDataOf, AlertsRepository, type AlertRow } from './alerts.repository';

const iso = (at: Date | null) => (at ? new Date(at).toISOString() : null);

/** The county a caller answers for: none (all of them) for an administrator, its own for a county official. */
const countyOf = (caller: Principal): string | null =>
  caller.role === 'admin' ? null : caller.organisationId;

/** Alerts as administrators and county officials see and acknowledge them. */
@Injectable()
export class AlertsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alerts: AlertsRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async list(caller: Principal, query: AlertsQuery): Promise<Page<AlertView>> {
    const own = countyOf(caller);
    if (own !== null && query.countyCode !== undefined && query.countyCode !== own)
      return { items: [], nextCursor: null };
    const page = await this.alerts.list(this.dataSource.manager, {
      open: query.open,
      kind: query.kind,
      countyCode: own ?? query.countyCode,
      cursor: query.cursor,
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
    });
    return { items: page.items.map((row) => this.view(row)), nextCursor: page.nextCursor };
  }

  /** Records who acknowledged the alert (once; it stays open until its rule clears it). */
  async acknowledge(caller: Principal, id: string): Promise<AlertView> {
    return this.dataSource.transaction(async (tx) => {
      const alert = await this.alerts.find(tx, id, true);
      const own = countyOf(caller);
      if (!alert || (own !== null && alert.county_code !== own)) throw new NotFoundError('alert', id);
      if (alert.acknowledged_at) return this.view(alert);
      const now = this.clock.now();
      const acknowledged = (await this.alerts.acknowledge(tx, id, caller.subject, now))!;
      await this.outbox.append(
        tx,
        event(
          AlertAcknowledged,
          { ...alertDataOf(acknowledged), acknowledgedBy: caller.subject, acknowledgedAt: now.toISOString() },
          now,
        ),
      );
      return this.view(acknowledged);
    });
  }

  private view(row: AlertRow): AlertView {
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
}
