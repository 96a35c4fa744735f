import { useTranslation } from 'react-i18next';
import type { ShipmentView } from '../api/types';
import { useProducerNames } from '../catalog-names';
import { Badge } from '../components/Badge';
import { Loading } from '../components/Loading';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { VerdictBadge } from '../components/VerdictBadge';
import { moment } from '../format';
import { useAction, useLoad } from '../hooks';
import { SHIPMENT_STATUS } from '../labels';
import { useApi } from '../session';
import { CustodyForm } from './CustodyForm';
import { TemperatureChart } from './TemperatureChart';

/** One shipment: claim it, move it along, and its temperature record. */
export function ShipmentDetails({
  shipmentId,
  operatorId,
  onChanged,
}: {
  shipmentId: string;
  operatorId: string;
  onChanged: () => void;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const shipment = useLoad(() => api.shipment(shipmentId), [shipmentId]);
  const changed = () => {
    shipment.reload();
    onChanged();
  };
  return (
    <Panel title={t('Shipment')} className="shipment-details">
      <Loading loaded={shipment}>
        {(current) => (
          <Shipment shipment={current} mine={current.operatorId === operatorId} onChanged={changed} />
        )}
      </Loading>
    </Panel>
  );
}

function Shipment({
  shipment,
  mine,
  onChanged,
}: {
  shipment: ShipmentView;
  mine: boolean;
  onChanged: () => void;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const producerName = useProducerNames([shipment.producerId]);
  const claim = useAction(async () => {
    await api.claimShipment(shipment.id);
    onChanged();
  });
  const { minC, maxC, maxDwellMinutes } = shipment.coldChainProfile;
  return (
    <div className="shipment" data-shipment-id={shipment.id}>
      <p className="state">
        <Badge tone="info">{t(SHIPMENT_STATUS[shipment.status])}</Badge>{' '}
        {shipment.coldChainVerdict && <VerdictBadge value={shipment.coldChainVerdict} />}
      </p>
      <p>
        {t(
          'From {{producer}} to {{address}}, keep at {{min}} to {{max}} °C ({{minutes}} min allowed outside)',
          {
            producer: producerName(shipment.producerId),
            address: shipment.deliveryAddress,
            min: minC,
            max: maxC,
            minutes: maxDwellMinutes,
          },
        )}
      </p>
      {shipment.operatorId === null && (
        <>
          <button type="button" className="primary" onClick={() => void claim.run()} disabled={claim.running}>
            {t('Claim this shipment')}
          </button>
          <ProblemAlert problem={claim.problem} onDismiss={claim.clear} />
        </>
      )}
      {mine && <CustodyForm key={shipment.status} shipment={shipment} onMoved={onChanged} />}
      {shipment.custody.length > 0 && (
        <ol className="custody">
          {shipment.custody.map((step) => (
            <li key={`${step.type}-${step.at}`}>
              <strong>{t(SHIPMENT_STATUS[step.type])}</strong>{' '}
              {t('{{when}} at {{where}}', { when: moment(step.at), where: step.location })}:{' '}
              {step.handedOverBy} → {step.receivedBy}
            </li>
          ))}
        </ol>
      )}
      <h3>{t('Temperature')}</h3>
      <TemperatureChart shipmentId={shipment.id} version={shipment.custody.length} />
    </div>
  );
}
