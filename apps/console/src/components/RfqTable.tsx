import { useTranslation } from 'react-i18next';
import type { RfqView } from '../api/types';
import { count, day } from '../format';
import { CATEGORY, RFQ_STATUS } from '../labels';
import { Badge } from './Badge';

/** A page of requests for quotation, one selectable row each (the buyer's and the producer's lists). */
export function RfqTable({
  rfqs,
  selected,
  onSelect,
}: {
  rfqs: readonly RfqView[];
  selected: string | null;
  onSelect: (rfqId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <table className="selectable rfqs">
      <thead>
        <tr>
          <th>{t('Category')}</th>
          <th className="amount">{t('Quantity')}</th>
          <th>{t('Needed by')}</th>
          <th>{t('State')}</th>
        </tr>
      </thead>
      <tbody>
        {rfqs.map((rfq) => (
          <tr
            key={rfq.id}
            className={rfq.id === selected ? 'selected' : undefined}
            onClick={() => onSelect(rfq.id)}
          >
            <td>
              <button type="button" className="link" onClick={() => onSelect(rfq.id)}>
                {t(CATEGORY[rfq.category])}
                {rfq.note ? `: ${rfq.note}` : ''}
              </button>
            </td>
            <td className="amount">{count(rfq.quantity)}</td>
            <td>{day(rfq.needBy)}</td>
            <td>
              <Badge tone={RFQ_STATUS[rfq.status].tone}>{t(RFQ_STATUS[rfq.status].label)}</Badge>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
