import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading';
import { Panel } from '../components/Panel';
import { useLoad } from '../hooks';
import { useApi } from '../session';
import { PledgeByMonth } from './PledgeByMonth';
import { PledgeGauge } from './PledgeGauge';

/** The buyer's relief spending this year against its pledge. */
export function PledgeProgress({ buyerId, version }: { buyerId: string; version: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const progress = useLoad(() => api.buyerRelief(buyerId), [buyerId, version]);
  return (
    <Panel title={t('Pledge progress')}>
      <Loading loaded={progress}>
        {(data) => (
          <div className="columns pledge">
            <PledgeGauge progress={data} />
            <PledgeByMonth progress={data} />
          </div>
        )}
      </Loading>
    </Panel>
  );
}
