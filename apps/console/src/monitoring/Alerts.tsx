import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertKind, AlertView } from '../api/types';
import { useCountyNames, useProducerNames, useProductNames } from '../catalog-names';
import { Badge } from '../components/Badge';
import { Choice } from '../components/Choice';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { count, day, moment, percent, yuan } from '../format';
import { useAction, useCursorPages } from '../hooks';
import { ALERT_KIND, ALERT_SEVERITY, CATEGORY, wordsOf } from '../labels';
import { useApi } from '../session';

const KIND_NAMES = wordsOf(ALERT_KIND);
const WHICH = { open: 'Open alerts', all: 'All alerts' } as const;

/**
 * Early-warning alerts (the monitoring service's), newest first, and acknowledging one: the service
 * shows a county official its county's only and lets it acknowledge only those.
 */
export function Alerts() {
  const { t } = useTranslation();
  const api = useApi();
  const [which, setWhich] = useState<keyof typeof WHICH | ''>('open');
  const [kind, setKind] = useState<AlertKind | ''>('');
  const pages = useCursorPages(
    (page) => api.alerts({ open: which === 'open' ? true : undefined, kind: kind || undefined }, page),
    [which, kind],
    10,
  );
  const acknowledge = useAction(async (alert: AlertView) => {
    await api.acknowledgeAlert(alert.alertId);
    pages.reload();
  });
  const alerts = pages.loaded.state === 'ready' ? pages.loaded.data.items : [];
  const producerName = useProducerNames(alerts.flatMap((alert) => alert.producerId ?? []));
  const productName = useProductNames(alerts.flatMap((alert) => alert.evidence.productId ?? []));
  const countyName = useCountyNames(alerts.map((alert) => alert.countyCode));
  return (
    <Panel title={t('Alerts')} className="alerts">
      <div className="filters">
        <Choice label={t('Show')} value={which} options={WHICH} onChange={setWhich} any={null} />
        <Choice label={t('Kind')} value={kind} options={KIND_NAMES} onChange={setKind} />
      </div>
      <ProblemAlert problem={acknowledge.problem} onDismiss={acknowledge.clear} />
      <Paged pages={pages} empty={t('No alerts.')}>
        {(alerts) => (
          <table className="alerts-table">
            <thead>
              <tr>
                <th>{t('Raised')}</th>
                <th>{t('Kind')}</th>
                <th>{t('Severity')}</th>
                <th>{t('About')}</th>
                <th>{t('Evidence')}</th>
                <th>{t('State')}</th>
              </tr>
            </thead>
            <tbody>
              {alerts.map((alert) => (
                <tr key={alert.alertId} data-alert-kind={alert.kind}>
                  <td>{moment(alert.raisedAt)}</td>
                  <td title={t(ALERT_KIND[alert.kind].meaning)}>{t(ALERT_KIND[alert.kind].label)}</td>
                  <td>
                    <Badge tone={ALERT_SEVERITY[alert.severity].tone}>
                      {t(ALERT_SEVERITY[alert.severity].label)}
                    </Badge>
                  </td>
                  <td>
                    {[
                      countyName(alert.countyCode),
                      alert.category && t(CATEGORY[alert.category]),
                      alert.producerId && producerName(alert.producerId),
                      alert.evidence.productId && productName(alert.evidence.productId),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </td>
                  <td>
                    <Evidence alert={alert} />
                  </td>
                  <td className="alert-state">
                    {alert.open ? <Badge tone="warning">{t('Open')}</Badge> : <Badge>{t('Cleared')}</Badge>}{' '}
                    {alert.acknowledgedAt ? (
                      <small>
                        {t('acknowledged by {{who}}, {{when}}', {
                          who: alert.acknowledgedBy ?? '—',
                          when: moment(alert.acknowledgedAt),
                        })}
                      </small>
                    ) : (
                      <button
                        type="button"
                        disabled={acknowledge.running}
                        onClick={() => void acknowledge.run(alert)}
                        aria-label={t('Acknowledge the {{kind}} alert raised {{when}}', {
                          kind: t(ALERT_KIND[alert.kind].label),
                          when: moment(alert.raisedAt),
                        })}
                      >
                        {t('Acknowledge')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </Panel>
  );
}

/** The figures the alert was raised on, as a sentence. */
function Evidence({ alert }: { alert: AlertView }) {
  const { t } = useTranslation();
  const { evidence } = alert;
  const period = t('{{from}} to {{to}}', { from: day(evidence.from), to: day(evidence.to) });
  const ratio = evidence.ratio === null ? '—' : percent(evidence.ratio * 100);
  switch (alert.kind) {
    case 'price_drop':
      return (
        <>
          {t('median price {{value}}, {{ratio}} of the {{baseline}} before ({{period}})', {
            value: yuan(evidence.value),
            baseline: yuan(evidence.baseline ?? 0),
            ratio,
            period,
          })}
        </>
      );
    case 'sales_slump':
      return (
        <>
          {t('{{value}} ordered, {{ratio}} of the {{baseline}} expected ({{period}})', {
            value: count(evidence.value),
            baseline: count(evidence.baseline ?? 0),
            ratio,
            period,
          })}
        </>
      );
    case 'unsold_near_expiry':
      return (
        <>
          {t('{{value}} of {{baseline}} available expire by {{to}} ({{ratio}})', {
            value: count(evidence.value),
            baseline: count(evidence.baseline ?? 0),
            to: day(evidence.to),
            ratio,
          })}
        </>
      );
    case 'producer_risk':
      return (
        <>
          {t('risk score {{value}} (high from {{threshold}})', {
            value: count(evidence.value),
            threshold: count(evidence.threshold),
          })}
        </>
      );
  }
}
