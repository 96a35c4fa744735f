import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProducerRiskView, RiskLevel } from '../api/types';
import { useProducerNames } from '../catalog-names';
import { Choice } from '../components/Choice';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { count } from '../format';
import { useCursorPages } from '../hooks';
import { RISK_LEVEL, wordsOf } from '../labels';
import { RiskDetails, RiskLevelBadge } from '../monitoring/ProducerRisk';
import { useApi } from '../session';

const LEVEL_NAMES = wordsOf(RISK_LEVEL);

/** The county's producers by risk level (monitoring), and one producer's factors. */
export function ProducerRisks({ countyCode }: { countyCode?: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [level, setLevel] = useState<RiskLevel | ''>('');
  const [selected, setSelected] = useState<ProducerRiskView | null>(null);
  const pages = useCursorPages(
    (page) => api.producerRisks({ level: level || undefined, countyCode }, page),
    [level, countyCode],
    10,
  );
  const nameOf = useProducerNames(
    pages.loaded.state === 'ready' ? pages.loaded.data.items.map((risk) => risk.producerId) : [],
  );
  return (
    <Panel title={t('Producer risk')} className="producer-risks">
      <div className="filters">
        <Choice label={t('Risk level')} value={level} options={LEVEL_NAMES} onChange={setLevel} />
      </div>
      <Paged pages={pages} empty={t('No producer has been rated yet.')}>
        {(risks) => (
          <table className="selectable risks">
            <thead>
              <tr>
                <th>{t('Producer')}</th>
                <th>{t('Risk level')}</th>
                <th className="amount">{t('Score')}</th>
              </tr>
            </thead>
            <tbody>
              {risks.map((risk) => (
                <tr
                  key={risk.producerId}
                  className={selected?.producerId === risk.producerId ? 'selected' : undefined}
                >
                  <td>
                    <button type="button" className="link" onClick={() => setSelected(risk)}>
                      {nameOf(risk.producerId)}
                    </button>
                  </td>
                  <td>
                    <RiskLevelBadge risk={risk} />
                  </td>
                  <td className="amount">{count(risk.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
      {selected && <RiskDetails risk={selected} name={nameOf(selected.producerId)} />}
    </Panel>
  );
}
