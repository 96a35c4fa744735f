import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PovertyStatus } from '../api/types';
import { OrderStatusBadge } from '../buyer/OrderStatusBadge';
import { Choice } from '../components/Choice';
import { Field } from '../components/Field';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { moment, yuan } from '../format';
import { useAction, useCursorPages } from '../hooks';
import { POVERTY_STATUS, povertyStatus, wordsOf } from '../labels';
import { useApi } from '../session';

const POVERTY_STATUS_NAMES = wordsOf(POVERTY_STATUS);

/** The platform's administrator: counties (and registering one), producers, disputed orders. */
export function AdminPage() {
  const [version, setVersion] = useState(0);
  return (
    <div className="page admin">
      <div className="columns">
        <Counties version={version} />
        <RegisterCounty onRegistered={() => setVersion((value) => value + 1)} />
      </div>
      <div className="columns">
        <Producers />
        <Disputes />
      </div>
    </div>
  );
}

function Counties({ version }: { version: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.counties(page), [version], 10);
  return (
    <Panel title={t('Counties')}>
      <Paged pages={pages} empty={t('No counties yet.')}>
        {(counties) => (
          <table className="counties">
            <thead>
              <tr>
                <th>{t('Code')}</th>
                <th>{t('County')}</th>
                <th>{t('Province')}</th>
                <th>{t('Status')}</th>
              </tr>
            </thead>
            <tbody>
              {counties.map((county) => (
                <tr key={county.code}>
                  <td>{county.code}</td>
                  <td>{county.name}</td>
                  <td>{county.province}</td>
                  <td>{t(povertyStatus(county.povertyStatus).label)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </Panel>
  );
}

function RegisterCounty({ onRegistered }: { onRegistered: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [province, setProvince] = useState('');
  const [prefecture, setPrefecture] = useState('');
  const [status, setStatus] = useState<PovertyStatus | ''>('key');
  const register = useAction(async () => {
    await api.registerCounty({
      code: code.trim(),
      name: name.trim(),
      province: province.trim(),
      prefecture: prefecture.trim(),
      povertyStatus: status || 'key',
    });
    setCode('');
    setName('');
    onRegistered();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void register.run();
  };
  return (
    <Panel title={t('Register a county')}>
      <form onSubmit={submit} aria-label={t('Register a county')}>
        <Field label={t('Code (6 digits)')}>
          <input
            value={code}
            onChange={(event) => setCode(event.target.value)}
            required
            pattern="\d{6}"
            inputMode="numeric"
          />
        </Field>
        <Field label={t('Name')}>
          <input value={name} onChange={(event) => setName(event.target.value)} required />
        </Field>
        <Field label={t('Province')}>
          <input value={province} onChange={(event) => setProvince(event.target.value)} required />
        </Field>
        <Field label={t('Prefecture')}>
          <input value={prefecture} onChange={(event) => setPrefecture(event.target.value)} required />
        </Field>
        <Choice
          label={t('Poverty status')}
          value={status}
          options={POVERTY_STATUS_NAMES}
          onChange={setStatus}
          any={null}
        />
        <button type="submit" className="primary" disabled={register.running}>
          {t('Register')}
        </button>
        <ProblemAlert problem={register.problem} onDismiss={register.clear} />
      </form>
    </Panel>
  );
}

function Producers() {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.producers({}, page), [], 10);
  return (
    <Panel title={t('Producers')}>
      <Paged pages={pages} empty={t('No producers yet.')}>
        {(producers) => (
          <table className="producers">
            <thead>
              <tr>
                <th>{t('Name')}</th>
                <th>{t('County')}</th>
                <th className="amount">{t('Poverty households')}</th>
              </tr>
            </thead>
            <tbody>
              {producers.map((producer) => (
                <tr key={producer.id}>
                  <td>{producer.name}</td>
                  <td>{producer.countyCode}</td>
                  <td className="amount">{producer.povertyHouseholds}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </Panel>
  );
}

function Disputes() {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.orders({ status: 'DISPUTED' }, page), [], 10);
  return (
    <Panel title={t('Disputed orders')}>
      <Paged pages={pages} empty={t('No disputed orders.')}>
        {(orders) => (
          <table className="disputes">
            <thead>
              <tr>
                <th>{t('Placed')}</th>
                <th className="amount">{t('Total')}</th>
                <th className="amount">{t('Refunded')}</th>
                <th>{t('State')}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id}>
                  <td>{moment(order.placedAt)}</td>
                  <td className="amount">{yuan(order.totalCents)}</td>
                  <td className="amount">{yuan(order.refundCents)}</td>
                  <td>
                    <OrderStatusBadge status={order.status} />
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
