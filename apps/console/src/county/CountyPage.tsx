import { useTranslation } from 'react-i18next';
import { Badge } from '../components/Badge';
import { Loading } from '../components/Loading';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { isoDay } from '../format';
import { useCursorPages, useLoad } from '../hooks';
import { CATEGORY, povertyStatus } from '../labels';
import { SubmitBrand } from '../brands/SubmitBrand';
import { FairsWithReport } from '../fairs/DockingFairs';
import { Alerts } from '../monitoring/Alerts';
import { useApi } from '../session';
import { CountyShipments } from './CountyShipments';
import { ProducerRisks } from './ProducerRisks';
import { Reconciliation } from './Reconciliation';
import { CountyRelief } from './CountyRelief';

/** This year so far: the period of the county's relief figures. */
const thisYear = () => ({ from: `${isoDay().slice(0, 4)}-01-01`, to: isoDay() });

/**
 * A county official: its county, the relief that reached it (by month, producer, pairing and buyer
 * kind) and whether the ledger adds up, its early-warning alerts, its producers' risk, the cold-chain
 * verdicts of shipments leaving its producers, and its products; submitting its county's regional
 * public brand, and its county's row of a docking fair's report. The services decide what a county
 * official may see: its own county only.
 */
export function CountyPage({ countyCode }: { countyCode: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const county = useLoad(() => api.county(countyCode), [countyCode]);
  const period = thisYear();
  return (
    <div className="page county">
      <Panel title={t('My county')}>
        <Loading loaded={county}>
          {(current) => (
            <p className="county-name">
              <strong>{current.name}</strong> · {current.prefecture}, {current.province} ({current.code}){' '}
              <Badge tone={current.povertyStatus === 'lifted' ? 'good' : 'warning'}>
                {t(povertyStatus(current.povertyStatus).label)}
              </Badge>
            </p>
          )}
        </Loading>
        <CountyRelief countyCode={countyCode} period={period} />
      </Panel>
      <Alerts />
      <div className="columns">
        <ProducerRisks countyCode={countyCode} />
        <Reconciliation period={period} />
      </div>
      <CountyShipments />
      <CountyProducts countyCode={countyCode} />
      <Panel title={t("The county's brand")}>
        <SubmitBrand countyCode={countyCode} kinds={['regional_public']} />
      </Panel>
      <FairsWithReport />
    </div>
  );
}

function CountyProducts({ countyCode }: { countyCode: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.products({ countyCode }, page), [countyCode], 10);
  return (
    <Panel title={t("The county's products")}>
      <Paged pages={pages} empty={t('No products yet.')}>
        {(products) => (
          <table className="county-products">
            <thead>
              <tr>
                <th>{t('Product')}</th>
                <th>{t('Category')}</th>
                <th>{t('Relief')}</th>
              </tr>
            </thead>
            <tbody>
              {products.map((product) => (
                <tr key={product.id}>
                  <td>{product.name}</td>
                  <td>{t(CATEGORY[product.category])}</td>
                  <td>{product.reliefEligible ? <Badge tone="good">{t('counts as relief')}</Badge> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </Panel>
  );
}
