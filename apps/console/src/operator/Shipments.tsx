import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ShipmentStatus, ShipmentView } from '../api/types';
import { useProducerNames } from '../catalog-names';
import { Badge } from '../components/Badge';
import { Choice } from '../components/Choice';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { VerdictBadge } from '../components/VerdictBadge';
import { moment } from '../format';
import { useCursorPages } from '../hooks';
import { SHIPMENT_STATUS } from '../labels';
import { useApi } from '../session';

const WHOSE = { mine: 'Mine', waiting: 'Waiting to be claimed' } as const;

/** The shipments an operator may see: those waiting to be claimed, and its own. */
export function Shipments({
  operatorId,
  version,
  selected,
  onSelect,
}: {
  operatorId: string;
  version: number;
  selected: string | null;
  onSelect: (shipmentId: string) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [whose, setWhose] = useState<keyof typeof WHOSE | ''>('');
  const [status, setStatus] = useState<ShipmentStatus | ''>('');
  const pages = useCursorPages(
    (page) =>
      api.shipments(
        {
          status: whose === 'waiting' ? 'created' : status || undefined,
          operatorId: whose === 'mine' ? operatorId : undefined,
        },
        page,
      ),
    [whose, status, version],
    8,
  );
  return (
    <Panel
      title={t('Shipments')}
      actions={
        <button type="button" onClick={pages.reload}>
          {t('Refresh')}
        </button>
      }
    >
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <Choice label={t('Whose')} value={whose} options={WHOSE} onChange={setWhose} any="All I can see" />
        <Choice label={t('Status')} value={status} options={SHIPMENT_STATUS} onChange={setStatus} />
      </form>
      <Paged pages={pages} empty={t('No shipments.')}>
        {(shipments) => (
          <ShipmentTable
            shipments={shipments}
            operatorId={operatorId}
            selected={selected}
            onSelect={onSelect}
          />
        )}
      </Paged>
    </Panel>
  );
}

function ShipmentTable({
  shipments,
  operatorId,
  selected,
  onSelect,
}: {
  shipments: ShipmentView[];
  operatorId: string;
  selected: string | null;
  onSelect: (shipmentId: string) => void;
}) {
  const { t } = useTranslation();
  const producerName = useProducerNames(shipments.map((shipment) => shipment.producerId));
  return (
    <table className="selectable shipments">
      <thead>
        <tr>
          <th>{t('Created')}</th>
          <th>{t('From')}</th>
          <th>{t('Status')}</th>
          <th>{t('Held by')}</th>
          <th>{t('Cold chain')}</th>
        </tr>
      </thead>
      <tbody>
        {shipments.map((shipment) => (
          <tr
            key={shipment.id}
            className={shipment.id === selected ? 'selected' : undefined}
            onClick={() => onSelect(shipment.id)}
          >
            <td>{moment(shipment.createdAt)}</td>
            <td>
              <button type="button" className="link" onClick={() => onSelect(shipment.id)}>
                {producerName(shipment.producerId)}
              </button>
            </td>
            <td>{t(SHIPMENT_STATUS[shipment.status])}</td>
            <td>
              {shipment.operatorId === null
                ? '—'
                : shipment.operatorId === operatorId
                  ? t('you')
                  : shipment.operatorId}
            </td>
            <td>
              {shipment.coldChainVerdict ? (
                <VerdictBadge value={shipment.coldChainVerdict} />
              ) : shipment.excursions.length > 0 ? (
                <Badge tone="warning">
                  {t('{{count}} excursion(s)', { count: shipment.excursions.length })}
                </Badge>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
