import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ReliefSummary } from '../api/types';
import { Field } from '../components/Field';
import { Loading } from '../components/Loading';
import { Panel } from '../components/Panel';
import { isoDay, yuan } from '../format';
import { useLoad } from '../hooks';
import { povertyStatus } from '../labels';
import { useApi } from '../session';
import { BrandCatalogue } from '../brands/BrandCatalogue';
import { ReliefByCounty } from './ReliefByCounty';
import { ReliefOverTime } from './ReliefOverTime';
import { VerifyCertificate } from './VerifyCertificate';

/**
 * What anyone may see: where relief spending went, whether a certificate is genuine, and the brands
 * admitted to the catalogue.
 */
export function PublicPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [from, setFrom] = useState(`${isoDay().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(isoDay());
  const summary = useLoad(() => api.reliefSummary({ from, to }), [from, to]);
  return (
    <div className="page">
      <Panel
        title={t('Consumption-based poverty relief')}
        actions={
          <form className="inline" onSubmit={(event) => event.preventDefault()}>
            <Field label={t('From')}>
              <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} required />
            </Field>
            <Field label={t('To')}>
              <input type="date" value={to} onChange={(event) => setTo(event.target.value)} required />
            </Field>
          </form>
        }
      >
        <Loading loaded={summary}>
          {(relief) => (
            <>
              <Totals relief={relief} />
              <div className="columns">
                <div>
                  <h3>{t('Relief by county')}</h3>
                  <ReliefByCounty counties={relief.byCounty} />
                </div>
                <div>
                  <h3>{t('Over time')}</h3>
                  <ReliefOverTime months={relief.byMonth} />
                </div>
              </div>
            </>
          )}
        </Loading>
      </Panel>
      <VerifyCertificate />
      <BrandCatalogue />
    </div>
  );
}

function Totals({ relief }: { relief: ReliefSummary }) {
  const { t } = useTranslation();
  return (
    <div className="totals">
      <p>
        <strong className="figure">{yuan(relief.totalCents)}</strong>{' '}
        {t('of accepted purchases reached {{count}} counties', { count: relief.byCounty.length })}
      </p>
      <ul>
        {relief.byPovertyStatus.map(({ povertyStatus: status, amountCents }) => (
          <li key={status ?? 'unknown'}>
            <i style={{ background: povertyStatus(status).colour }} /> {t(povertyStatus(status).label)}:{' '}
            {yuan(amountCents)}
          </li>
        ))}
      </ul>
    </div>
  );
}
