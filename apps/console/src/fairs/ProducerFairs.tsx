import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DockingEventView, ExhibitorView } from '../api/types';
import { Loading } from '../components/Loading';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { moment, yuan } from '../format';
import { useAction, useLoad } from '../hooks';
import { useApi } from '../session';
import { boothFeeReason } from './booth-fee-reason';
import { fairDays, FairList } from './DockingFairs';

/** A producer at the docking fairs: taking a booth, at the fee its county's poverty status reduces. */
export function ProducerFairs({ producerId }: { producerId: string }) {
  const [selected, setSelected] = useState<DockingEventView | null>(null);
  return (
    <div className="columns">
      <FairList selected={selected?.id ?? null} onSelect={setSelected} />
      {selected && <Booth key={selected.id} fair={selected} producerId={producerId} />}
    </div>
  );
}

function Booth({ fair, producerId }: { fair: DockingEventView; producerId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  // The producer's booth, if it has one: the exhibitors are listed in the order they registered.
  const booth = useLoad(async () => {
    const { items } = await api.exhibitors(fair.id, { limit: 100 });
    return items.find((exhibitor) => exhibitor.producerId === producerId) ?? null;
  }, [fair.id, producerId]);
  const take = useAction(async () => {
    await api.takeBooth(fair.id);
    booth.reload();
  });
  return (
    <Panel title={t('My booth')} className="booth">
      <h3>
        {fair.name} · {fair.city} · {fairDays(fair)}
      </h3>
      <Loading loaded={booth}>
        {(mine) =>
          mine ? (
            <BoothFee exhibitor={mine} />
          ) : (
            <>
              <p>
                {t('A booth costs {{fee}} before the reduction for your county.', {
                  fee: yuan(fair.boothFeeCents),
                })}
              </p>
              <button
                type="button"
                className="primary"
                disabled={take.running}
                onClick={() => void take.run()}
              >
                {t('Take a booth')}
              </button>
            </>
          )
        }
      </Loading>
      <ProblemAlert problem={take.problem} onDismiss={take.clear} />
    </Panel>
  );
}

function BoothFee({ exhibitor }: { exhibitor: ExhibitorView }) {
  const { t } = useTranslation();
  return (
    <>
      <p role="status" className="booth-taken">
        {t('Booth taken on {{at}}.', { at: moment(exhibitor.registeredAt) })}
      </p>
      <dl className="booth-fee">
        <dt>{t('Full booth fee')}</dt>
        <dd>{yuan(exhibitor.fullBoothFeeCents)}</dd>
        <dt>{t('Reduction')}</dt>
        <dd>
          {t('{{percent}} %: {{amount}}', {
            percent: exhibitor.reductionPercent,
            amount: yuan(exhibitor.reductionCents),
          })}
        </dd>
        <dt>{t('You pay')}</dt>
        <dd className="figure">{yuan(exhibitor.boothFeeCents)}</dd>
        <dt>{t('Why')}</dt>
        <dd className="reason">{boothFeeReason(exhibitor, (key, options) => t(key, options ?? {}))}</dd>
      </dl>
    </>
  );
}
