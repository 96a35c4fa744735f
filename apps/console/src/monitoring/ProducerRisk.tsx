import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';
import type { ProducerRiskView, RiskFactor } from '../api/types';
import { Badge } from '../components/Badge';
import { Loading } from '../components/Loading';
import { Panel } from '../components/Panel';
import { count, moment, percent } from '../format';
import { useLoad } from '../hooks';
import { RISK_FACTOR, RISK_LEVEL } from '../labels';
import { useApi } from '../session';

/** A factor's value as it reads: shares (0–1) in %, counts, days. */
function factorValue(factor: RiskFactor, value: number): string {
  return RISK_FACTOR[factor].unit === 'percent' ? percent(value * 100) : count(value);
}

export function RiskLevelBadge({ risk }: { risk: Pick<ProducerRiskView, 'level'> }) {
  const { t } = useTranslation();
  const level = RISK_LEVEL[risk.level];
  return <Badge tone={level.tone}>{t(level.label)}</Badge>;
}

/** A producer's risk: level, score and each factor against its threshold (the ones that count marked). */
export function RiskDetails({ risk, name }: { risk: ProducerRiskView; name?: string }) {
  const { t } = useTranslation();
  return (
    <div className="risk-details">
      <p className="risk-level">
        {name && <strong>{name} </strong>}
        <RiskLevelBadge risk={risk} />{' '}
        {t('score {{score}} of 100, as of {{when}}', { score: count(risk.score), when: moment(risk.asOf) })}
      </p>
      <table className="risk-factors">
        <thead>
          <tr>
            <th>{t('Factor')}</th>
            <th className="amount">{t('Value')}</th>
            <th className="amount">{t('Threshold')}</th>
            <th className="amount">{t('Points')}</th>
          </tr>
        </thead>
        <tbody>
          {risk.factors.map(({ factor, value, threshold, weight }) => {
            const counts = value > threshold;
            return (
              <tr key={factor} className={counts ? 'counts' : undefined}>
                <td>
                  {t(RISK_FACTOR[factor].label)} {counts && <Badge tone="bad">{t('counts')}</Badge>}
                </td>
                <td className="amount">{factorValue(factor, value)}</td>
                <td className="amount">{factorValue(factor, threshold)}</td>
                <td className="amount">{counts ? count(weight) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A producer's own risk factors (null until monitoring has evaluated it). */
export function MyRisk({ producerId }: { producerId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const risk = useLoad(
    () =>
      api.producerRisk(producerId).catch((problem: unknown) => {
        if (problem instanceof ApiProblem && problem.status === 404) return null;
        throw problem;
      }),
    [producerId],
  );
  return (
    <Panel title={t('My risk')} className="my-risk">
      <p className="muted">
        {t(
          'How the monitoring service rates the risk that you stop delivering, from your orders, shipments and certificates.',
        )}
      </p>
      <Loading loaded={risk}>
        {(current) =>
          current ? <RiskDetails risk={current} /> : <p className="muted">{t('Not evaluated yet.')}</p>
        }
      </Loading>
    </Panel>
  );
}
