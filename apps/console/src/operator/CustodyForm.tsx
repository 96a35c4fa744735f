import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import type { ShipmentStatus, ShipmentView } from '../api/types';
import { Choice } from '../components/Choice';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { useAction } from '../hooks';
import { SHIPMENT_STATUS } from '../labels';
import { useApi } from '../session';
import { OPERATOR_MOVES } from './custody-moves';

/** `datetime-local` wants local time without a zone: now, as the field shows it. */
const localNow = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** The holding operator records the next step of the chain of custody: when, where, from whom to whom. */
export function CustodyForm({
  shipment,
  onMoved,
}: {
  shipment: ShipmentView;
  onMoved: (shipment: ShipmentView) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const moves = OPERATOR_MOVES[shipment.status];
  const options = Object.fromEntries(moves.map((move) => [move, SHIPMENT_STATUS[move]])) as Record<
    ShipmentStatus,
    string
  >;
  const [type, setType] = useState<ShipmentStatus | ''>(moves[0] ?? '');
  const [at, setAt] = useState(localNow);
  const [location, setLocation] = useState('');
  const [handedOverBy, setHandedOverBy] = useState('');
  const [receivedBy, setReceivedBy] = useState('');
  const record = useAction(async () => {
    if (!type) return;
    onMoved(
      await api.recordCustody(shipment.id, {
        type,
        at: new Date(at).toISOString(),
        location: location.trim(),
        handedOverBy: handedOverBy.trim(),
        receivedBy: receivedBy.trim(),
      }),
    );
  });
  if (moves.length === 0) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void record.run();
  };
  return (
    <form className="custody-form" onSubmit={submit} aria-label={t('Record a custody event')}>
      <h3>{t('Record the next step')}</h3>
      <div className="filters">
        <Choice label={t('Step')} value={type} options={options} onChange={setType} any={null} />
        <Field label={t('When')}>
          <input type="datetime-local" value={at} onChange={(event) => setAt(event.target.value)} required />
        </Field>
        <Field label={t('Where')}>
          <input
            value={location}
            onChange={(event) => setLocation(event.target.value)}
            required
            minLength={2}
          />
        </Field>
        <Field label={t('Handed over by')}>
          <input
            value={handedOverBy}
            onChange={(event) => setHandedOverBy(event.target.value)}
            required
            minLength={2}
          />
        </Field>
        <Field label={t('Received by')}>
          <input
            value={receivedBy}
            onChange={(event) => setReceivedBy(event.target.value)}
            required
            minLength={2}
          />
        </Field>
      </div>
      <button type="submit" className="primary" disabled={record.running}>
        {t('Record')}
      </button>
      <ProblemAlert problem={record.problem} onDismiss={record.clear} />
    </form>
  );
}
