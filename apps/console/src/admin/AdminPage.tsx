import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisputeResolution, OrderView, PovertyStatus } from '../api/types';
import { OrderStatusBadge } from '../buyer/OrderStatusBadge';
import { useProductNames } from '../catalog-names';
import { Choice } from '../components/Choice';
import { Field } from '../components/Field';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { ProblemAlert } from '../components/ProblemAlert';
import { day, moment, yuan } from '../format';
import { useAction, useCursorPages } from '../hooks';
import { POVERTY_STATUS, povertyStatus, RESOLUTION, wordsOf } from '../labels';
import { BrandQueue } from '../brands/BrandQueue';
import { FairsWithReport } from '../fairs/DockingFairs';
import { Alerts } from '../monitoring/Alerts';
import { ProducerRisks } from '../county/ProducerRisks';
import { RecallByLot } from '../recalls/RecallByLot';
import { useApi } from '../session';

const POVERTY_STATUS_NAMES = wordsOf(POVERTY_STATUS);

/**
 * The platform's administrator: counties (and registering one), producers, pairings, certification
 * bodies, the e-commerce platforms (and registering one), disputed orders (and resolving one), every county's alerts (and acknowledging one) and
 * producers' risk; the brands waiting for admission (admitting or rejecting one), and the docking
 * fairs (organising one, and a fair's report by county).
 */
export function AdminPage() {
  const [version, setVersion] = useState(0);
  const [platformsVersion, setPlatformsVersion] = useState(0);
  return (
    <div className="page admin">
      <div className="columns">
        <Counties version={version} />
        <RegisterCounty onRegistered={() => setVersion((value) => value + 1)} />
      </div>
      <div className="columns">
        <Platforms version={platformsVersion} />
        <RegisterPlatform onRegistered={() => setPlatformsVersion((value) => value + 1)} />
      </div>
      <Disputes />
      <BrandQueue />
      <FairsWithReport organise />
      <RecallByLot />
      <Alerts />
      <div className="columns">
        <Producers />
        <ProducerRisks />
      </div>
      <div className="columns">
        <Pairings />
        <CertificationBodies />
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

/** The e-commerce platforms: a platform's id is the `org` of its tokens, its name shows on listings. */
function Platforms({ version }: { version: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.platforms(page), [version], 10);
  return (
    <Panel title={t('E-commerce platforms')}>
      <Paged pages={pages} empty={t('No platforms yet.')}>
        {(platforms) => (
          <table className="platforms">
            <thead>
              <tr>
                <th>{t('Platform id')}</th>
                <th>{t('Name')}</th>
                <th>{t('Registered')}</th>
              </tr>
            </thead>
            <tbody>
              {platforms.map((platform) => (
                <tr key={platform.id}>
                  <td>
                    <code>{platform.id}</code>
                  </td>
                  <td>{platform.name}</td>
                  <td>{day(platform.registeredAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </Panel>
  );
}

function RegisterPlatform({ onRegistered }: { onRegistered: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const register = useAction(async () => {
    await api.registerPlatform({ id: id.trim(), name: name.trim() });
    setId('');
    setName('');
    onRegistered();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void register.run();
  };
  return (
    <Panel title={t('Register a platform')}>
      <form onSubmit={submit} aria-label={t('Register a platform')}>
        <Field label={t('Platform id (the org of its tokens)')}>
          <input
            value={id}
            onChange={(event) => setId(event.target.value)}
            required
            pattern="[a-z0-9][a-z0-9\-]{1,62}"
            autoCapitalize="none"
            spellCheck={false}
          />
        </Field>
        <Field label={t('Name')}>
          <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
        </Field>
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

function Pairings() {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.pairings({}, page), [], 10);
  return (
    <Panel title={t('Pairings')}>
      <Paged pages={pages} empty={t('No pairings yet.')}>
        {(pairings) => (
          <table className="pairings">
            <thead>
              <tr>
                <th>{t('Assisting region')}</th>
                <th>{t('Assisted county')}</th>
                <th>{t('From')}</th>
                <th>{t('Until')}</th>
              </tr>
            </thead>
            <tbody>
              {pairings.map((pairing) => (
                <tr key={pairing.id}>
                  <td>
                    {pairing.assistingRegionName} ({pairing.assistingRegionCode})
                  </td>
                  <td>{pairing.assistedCountyCode}</td>
                  <td>{day(pairing.from)}</td>
                  <td>{pairing.to ? day(pairing.to) : t('without end')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </Panel>
  );
}

function CertificationBodies() {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.certificationBodies(page), [], 10);
  return (
    <Panel title={t('Certification bodies')}>
      <Paged pages={pages} empty={t('No certification bodies yet.')}>
        {(bodies) => (
          <table className="certification-bodies">
            <thead>
              <tr>
                <th>{t('Name')}</th>
                <th>{t('Identifier')}</th>
                <th>{t('Registered')}</th>
              </tr>
            </thead>
            <tbody>
              {bodies.map((body) => (
                <tr key={body.id}>
                  <td>{body.name}</td>
                  <td>{body.id}</td>
                  <td>{day(body.registeredAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </Panel>
  );
}

/** The disputed orders, and resolving one: a refund on top of the refused goods, a replacement, or the claim rejected. */
function Disputes() {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.orders({ status: 'DISPUTED' }, page), [], 10);
  const [selected, setSelected] = useState<OrderView | null>(null);
  const [resolved, setResolved] = useState<OrderView | null>(null);
  return (
    <Panel title={t('Disputed orders')} className="disputes">
      <div className="columns">
        <Paged pages={pages} empty={t('No disputed orders.')}>
          {(orders) => (
            <table className="disputes selectable">
              <thead>
                <tr>
                  <th>{t('Placed')}</th>
                  <th className="amount">{t('Total')}</th>
                  <th className="amount">{t('Refunded')}</th>
                  <th>{t('State')}</th>
                  <th>{t('Action')}</th>
                </tr>
              </thead>
              <tbody>
                {orders.map((order) => (
                  <tr key={order.id} className={selected?.id === order.id ? 'selected' : undefined}>
                    <td>{moment(order.placedAt)}</td>
                    <td className="amount">{yuan(order.totalCents)}</td>
                    <td className="amount">{yuan(order.refundCents)}</td>
                    <td>
                      <OrderStatusBadge status={order.status} />
                    </td>
                    <td>
                      <button
                        type="button"
                        onClick={() => setSelected(order)}
                        aria-label={t('Resolve the dispute of the order placed {{when}}', {
                          when: moment(order.placedAt),
                        })}
                      >
                        {t('Resolve')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Paged>
        {selected && (
          <ResolveDispute
            key={selected.id}
            order={selected}
            onResolved={(order) => {
              setSelected(null);
              setResolved(order);
              pages.reload();
            }}
          />
        )}
      </div>
      {resolved && (
        <p className="resolved" role="status">
          {t(
            'The dispute of the order placed {{when}} is resolved: {{resolution}}; {{refund}} refunded in all.',
            {
              when: moment(resolved.placedAt),
              resolution: t(RESOLUTION[resolved.resolution ?? 'rejected']),
              refund: yuan(resolved.refundCents),
            },
          )}
        </p>
      )}
    </Panel>
  );
}

function ResolveDispute({ order, onResolved }: { order: OrderView; onResolved: (order: OrderView) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [resolution, setResolution] = useState<DisputeResolution | ''>('refund');
  const [refundYuan, setRefundYuan] = useState(Number.NaN);
  const [note, setNote] = useState('');
  const refundable = order.totalCents - order.refundCents;
  const productName = useProductNames(order.lines.map((line) => line.productId));
  const resolve = useAction(async () => {
    const chosen = resolution || 'refund';
    const resolvedOrder = await api.resolveDispute(order.id, {
      resolution: chosen,
      note: note.trim(),
      ...(chosen === 'refund' ? { refundCents: Math.round(refundYuan * 100) } : {}),
    });
    onResolved(resolvedOrder);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void resolve.run();
  };
  return (
    <form onSubmit={submit} aria-label={t('Resolve the dispute')} className="resolve-dispute">
      <h3>{t('Resolve the dispute')}</h3>
      <ul className="dispute-lines">
        {order.lines.map((line) => (
          <li key={line.productId}>
            {t('{{product}}: {{accepted}} of {{quantity}} accepted', {
              product: productName(line.productId),
              accepted: line.acceptedQuantity ?? '—',
              quantity: line.quantity,
            })}
          </li>
        ))}
      </ul>
      <Choice
        label={t('Resolution')}
        value={resolution}
        options={RESOLUTION}
        onChange={setResolution}
        any={null}
      />
      {resolution === 'refund' && (
        <Field
          label={t('Refund (yuan)')}
          hint={t('on top of the refused goods; at most {{amount}}', { amount: yuan(refundable) })}
        >
          <input
            type="number"
            min={0.01}
            step={0.01}
            max={refundable / 100}
            required
            value={Number.isNaN(refundYuan) ? '' : refundYuan}
            onChange={(event) => setRefundYuan(event.target.valueAsNumber)}
          />
        </Field>
      )}
      <Field label={t('Note')}>
        <textarea value={note} onChange={(event) => setNote(event.target.value)} required rows={3} />
      </Field>
      <button type="submit" className="primary" disabled={resolve.running}>
        {t('Resolve')}
      </button>
      <ProblemAlert problem={resolve.problem} onDismiss={resolve.clear} />
    </form>
  );
}
