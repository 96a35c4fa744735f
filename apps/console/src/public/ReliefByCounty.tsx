import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReliefSummary } from '../api/types';
import { compactYuan, yuan } from '../format';
import { POVERTY_STATUS, povertyStatus } from '../labels';

const ROW_HEIGHT = 36;

/** Counties ranked by the relief spending that reached them, coloured by poverty status. */
export function ReliefByCounty({ counties }: { counties: ReliefSummary['byCounty'] }) {
  const { t } = useTranslation();
  if (counties.length === 0)
    return <p className="muted">{t('No accepted relief spending in this period yet.')}</p>;
  const rows = counties.map((county) => ({
    ...county,
    county: county.countyName ?? county.countyCode,
    colour: povertyStatus(county.povertyStatus).colour,
  }));
  return (
    <figure className="chart relief-by-county">
      <BarChart
        responsive
        layout="vertical"
        data={rows}
        style={{ width: '100%', height: rows.length * ROW_HEIGHT + 40 }}
        margin={{ left: 8, right: 24 }}
      >
        <XAxis type="number" tickFormatter={compactYuan} />
        <YAxis type="category" dataKey="county" width={96} />
        <Tooltip
          formatter={(value) => yuan(Number(value))}
          labelFormatter={(county) => {
            const row = rows.find((candidate) => candidate.county === county);
            return row
              ? `${row.county} — ${t(povertyStatus(row.povertyStatus).label)}, ${t('{{count}} producer(s)', { count: row.producers })}`
              : '';
          }}
        />
        <Bar dataKey="amountCents" name={t('Relief spending')} isAnimationActive={false}>
          {rows.map((row) => (
            <Cell key={row.countyCode} fill={row.colour} />
          ))}
        </Bar>
      </BarChart>
      <figcaption className="legend">
        {Object.values(POVERTY_STATUS).map(({ label, colour }) => (
          <span key={label}>
            <i style={{ background: colour }} /> {t(label)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
