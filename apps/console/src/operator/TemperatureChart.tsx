import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TemperatureHistoryView } from '../api/types';
import { Badge } from '../components/Badge';
import { Choice } from '../components/Choice';
import { Loading } from '../components/Loading';
import { celsius, moment, timeOfDay } from '../format';
import { useLoad } from '../hooks';
import { SEVERITY } from '../labels';
import { useApi } from '../session';

const BUCKETS = { '5m': '5 minutes', '15m': '15 minutes', '1h': '1 hour' } as const;

/** A shipment's temperature: the min–max band and mean per bucket, the allowed range, excursions shaded. */
export function TemperatureChart({ shipmentId, version }: { shipmentId: string; version: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const [bucket, setBucket] = useState<keyof typeof BUCKETS | ''>('5m');
  const history = useLoad(() => api.temperature(shipmentId, bucket || '5m'), [shipmentId, bucket, version]);
  return (
    <div className="temperature">
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <Choice label={t('Resolution')} value={bucket} options={BUCKETS} onChange={setBucket} any={null} />
      </form>
      <Loading loaded={history}>
        {(data) =>
          data.buckets.length === 0 ? (
            <p className="muted">{t('No temperature readings yet.')}</p>
          ) : (
            <Chart history={data} />
          )
        }
      </Loading>
    </div>
  );
}

function Chart({ history }: { history: TemperatureHistoryView }) {
  const { t } = useTranslation();
  const { coldChainProfile: allowed, excursions } = history;
  const rows = history.buckets.map((bucket) => ({
    at: Date.parse(bucket.start),
    band: [bucket.minC, bucket.maxC],
    meanC: bucket.meanC,
  }));
  const lastAt = rows[rows.length - 1].at;
  return (
    <figure className="chart temperature-chart">
      <ComposedChart responsive data={rows} style={{ width: '100%', height: 300 }} margin={{ right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          tickFormatter={timeOfDay}
        />
        <YAxis unit=" °C" width={64} domain={['auto', 'auto']} />
        <Tooltip
          labelFormatter={(at) => moment(Number(at))}
          formatter={(value) =>
            Array.isArray(value) ? value.map(Number).map(celsius).join(' – ') : celsius(Number(value))
          }
        />
        <Legend />
        <ReferenceArea
          className="allowed-range"
          y1={allowed.minC}
          y2={allowed.maxC}
          fill="#12b76a"
          fillOpacity={0.12}
          ifOverflow="extendDomain"
        />
        {excursions.map((excursion) => (
          <ReferenceArea
            key={excursion.id}
            className={`excursion excursion-${excursion.severity}`}
            x1={Date.parse(excursion.start)}
            x2={excursion.end ? Date.parse(excursion.end) : lastAt}
            fill="#f04438"
            fillOpacity={0.22}
            ifOverflow="hidden"
          />
        ))}
        <Area
          dataKey="band"
          name={t('min–max')}
          stroke="none"
          fill="#2e90fa"
          fillOpacity={0.3}
          isAnimationActive={false}
        />
        <Line
          dataKey="meanC"
          name={t('mean')}
          stroke="#1d4e89"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
      <figcaption>
        {t('Allowed {{min}} to {{max}} °C (at most {{minutes}} minutes outside)', {
          min: allowed.minC,
          max: allowed.maxC,
          minutes: allowed.maxDwellMinutes,
        })}
        {history.mktC !== null &&
          ` · ${t('mean kinetic temperature {{value}}', { value: celsius(history.mktC) })}`}
      </figcaption>
      {excursions.length > 0 && (
        <ul className="excursions">
          {excursions.map((excursion) => (
            <li key={excursion.id}>
              <Badge tone={SEVERITY[excursion.severity]}>{t(excursion.severity)}</Badge>{' '}
              {t(`${excursion.direction} the range from {{start}}`, { start: moment(excursion.start) })}{' '}
              {excursion.end
                ? t('to {{end}}', { end: timeOfDay(Date.parse(excursion.end)) })
                : t('(still out)')}
              ,{' '}
              {t('{{minutes}} min, peak {{peak}}', {
                minutes: excursion.minutes,
                peak: celsius(excursion.peakC),
              })}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
