import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AlertAcknowledged, type Principal } from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import { Clock, DEFAULT_PAGE_SIZE, NotFoundError, type Page } from '@hb/platform';
import { toAlertView, type AlertsQuery, type AlertView } from './alert.dto';
import { alertDataOf, AlertsRepository } from './alerts.repository';

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
    return { items: page.items.map((row) => toAlertView(row)), nextCursor: page.nextCursor };
  }

  /** Records who acknowledged the alert (once; it stays open until its rule clears it). */
  async acknowledge(caller: Principal, id: string): Promise<AlertView> {
    return this.dataSource.transaction(async (tx) => {
      const alert = await this.alerts.find(tx, id, true);
      const own = countyOf(caller);
      if (!alert || (own !== null && alert.county_code !== own)) throw new NotFoundError('alert', id);
      if (alert.acknowledged_at) return toAlertView(alert);
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
      return toAlertView(acknowledged);
    });
  }
}
