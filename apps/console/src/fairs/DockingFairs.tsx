import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DockingEventView, DockingEventWindow } from '../api/types';
import { Choice } from '../components/Choice';
import { Field } from '../components/Field';
import { Loading } from '../components/Loading';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { count, day, isoDay, yuan } from '../format';
import { useAction, useCursorPages, useLoad } from '../hooks';
import { FAIR_WINDOW, povertyStatus } from '../labels';
import { useApi } from '../session';

/** A fair's days: 14 Mar 2027 – 16 Mar 2027, or one day. */
export const fairDays = (fair: DockingEventView): string =>
  fair.startsOn === fair.endsOn ? day(fair.startsOn) : `${day(fair.startsOn)} – ${day(fair.endsOn)}`;

/**
 * Production–marketing docking fairs, upcoming or past (any signed-in role reads them), and choosing
 * one; what a role does at the chosen fair is beside it.
 */
export function FairList({
  selected,
  onSelect,
  version = 0,
}: {
  selected: string | null;
  onSelect: (fair: DockingEventView) => void;
  version?: number;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [when, setWhen] = useState<DockingEventWindow | ''>('');
  const pages = useCursorPages(
    (page) => api.dockingEvents({ when: when || undefined }, page),
    [when, version],
    8,
  );
  return (
    <Panel
      title={t('Docking fairs')}
      actions={
        <form className="inline" onSubmit={(event) => event.preventDefault()}>
          <Choice label={t('Fairs')} value={when} options={FAIR_WINDOW} onChange={setWhen} any="All" />
        </form>
      }
    >
      <Paged pages={pages} empty={t('No docking fairs yet.')}>
        {(fairs) => (
          <table className="selectable fairs">
            <thead>
              <tr>
                <th>{t('Fair')}</th>
                <th>{t('City')}</th>
                <th>{t('Days')}</th>
                <th className="amount">{t('Booth fee')}</th>
              </tr>
            </thead>
            <tbody>
              {fairs.map((fair) => (
                <tr
                  key={fair.id}
                  data-fair-id={fair.id}
                  className={fair.id === selected ? 'selected' : undefined}
                  onClick={() => onSelect(fair)}
                >
                  <td>
                    <button type="button" className="link" onClick={() => onSelect(fair)}>
                      {fair.name}
                    </button>
                  </td>
                  <td>{fair.city}</td>
                  <td>{fairDays(fair)}</td>
                  <td className="amount">{yuan(fair.boothFeeCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </Panel>
  );
}

/** Organising a fair (administrators): name, city, days and the full booth fee. */
export function CreateFair({ onCreated }: { onCreated: (fair: DockingEventView) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [name, setName] = useState('');
  const [city, setCity] = useState('');
  const [startsOn, setStartsOn] = useState(isoDay(30));
  const [endsOn, setEndsOn] = useState(isoDay(32));
  const [fee, setFee] = useState(3000);
  const create = useAction(async () => {
    const fair = await api.createDockingEvent({
      name: name.trim(),
      city: city.trim(),
      startsOn,
      endsOn,
      boothFeeCents: Math.round(fee * 100),
    });
    setName('');
    onCreated(fair);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void create.run();
  };
  return (
    <Panel title={t('Organise a docking fair')}>
      <form onSubmit={submit} aria-label={t('Organise a docking fair')}>
        <Field label={t('Name of the fair')}>
          <input
            value={name}
            minLength={3}
            maxLength={200}
            required
            onChange={(event) => setName(event.target.value)}
          />
        </Field>
        <Field label={t('City')}>
          <input value={city} maxLength={100} required onChange={(event) => setCity(event.target.value)} />
        </Field>
        <Field label={t('First day')}>
          <input
            type="date"
            value={startsOn}
            required
            onChange={(event) => setStartsOn(event.target.value)}
          />
        </Field>
        <Field label={t('Last day')}>
          <input
            type="date"
            value={endsOn}
            min={startsOn}
            required
            onChange={(event) => setEndsOn(event.target.value)}
          />
        </Field>
        <Field
          label={t('Booth fee (yuan)')}
          hint={t('Before the reduction for key (50 %) and deep poverty counties (waived)')}
        >
          <input
            type="number"
            min={0}
            step={0.01}
            required
            value={Number.isNaN(fee) ? '' : fee}
            onChange={(event) => setFee(event.target.valueAsNumber)}
          />
        </Field>
        <button type="submit" className="primary" disabled={create.running}>
          {t('Organise the fair')}
        </button>
        <ProblemAlert problem={create.problem} onDismiss={create.clear} />
      </form>
    </Panel>
  );
}

/** A fair's report by county (administrators: every county; a county official: its own row). */
export function FairReport({ fair }: { fair: DockingEventView }) {
  const { t } = useTranslation();
  const api = useApi();
  const report = useLoad(() => api.dockingEventReport(fair.id), [fair.id]);
  return (
    <Panel
      title={t('Report of the fair')}
      className="fair-report"
      actions={
        <button type="button" onClick={report.reload}>
          {t('Refresh')}
        </button>
      }
    >
      <h3>
        {fair.name} · {fair.city} · {fairDays(fair)}
      </h3>
      <Loading loaded={report}>
        {({ counties, totals }) =>
          counties.length === 0 ? (
            <p className="muted">{t('No exhibitor or intent yet.')}</p>
          ) : (
            <table className="fair-report">
              <thead>
                <tr>
                  <th>{t('County')}</th>
                  <th className="amount">{t('Exhibitors')}</th>
                  <th className="amount">{t('Purchase intents')}</th>
                  <th className="amount">{t('Intended value')}</th>
                  <th className="amount">{t('Ordered')}</th>
                  <th className="amount">{t('Ordered value')}</th>
                  <th className="amount">{t('Relief accepted')}</th>
                </tr>
              </thead>
              <tbody>
                {counties.map((row) => (
                  <tr key={row.countyCode} data-county-code={row.countyCode}>
                    <td>
                      {row.countyName}
                      <br />
                      <small className="muted">{t(povertyStatus(row.povertyStatus).label)}</small>
                    </td>
                    <td className="amount">{count(row.exhibitors)}</td>
                    <td className="amount">{count(row.intents.count)}</td>
                    <td className="amount">{yuan(row.intents.cents)}</td>
                    <td className="amount">{count(row.orders.count)}</td>
                    <td className="amount">{yuan(row.orders.cents)}</td>
                    <td className="amount">{yuan(row.acceptedRelief.cents)}</td>
                  </tr>
                ))}
              </tbody>
              {counties.length > 1 && (
                <tfoot>
                  <tr>
                    <th scope="row">{t('Total')}</th>
                    <td className="amount">{count(totals.exhibitors)}</td>
                    <td className="amount">{count(totals.intents.count)}</td>
                    <td className="amount">{yuan(totals.intents.cents)}</td>
                    <td className="amount">{count(totals.orders.count)}</td>
                    <td className="amount">{yuan(totals.orders.cents)}</td>
                    <td className="amount">{yuan(totals.acceptedRelief.cents)}</td>
                  </tr>
                </tfoot>
              )}
            </table>
          )
        }
      </Loading>
    </Panel>
  );
}

/** The fairs and, for the chosen one, its report (administrators, county officials). */
export function FairsWithReport({ organise = false }: { organise?: boolean }) {
  const [selected, setSelected] = useState<DockingEventView | null>(null);
  const [version, setVersion] = useState(0);
  return (
    <>
      <div className="columns">
        <FairList selected={selected?.id ?? null} onSelect={setSelected} version={version} />
        {organise && (
          <CreateFair
            onCreated={(fair) => {
              setVersion((value) => value + 1);
              setSelected(fair);
            }}
          />
        )}
      </div>
      {selected && <FairReport key={selected.id} fair={selected} />}
    </>
  );
}
