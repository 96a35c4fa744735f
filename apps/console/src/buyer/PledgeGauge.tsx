import { useTranslation } from 'react-i18next';
import { PolarAngleAxis, RadialBar, RadialBarChart } from 'recharts';
import type { BuyerReliefProgress } from '../api/types';
import { percent, yuan } from '../format';

/** How far the buyer is towards its pledge this year, as a half-circle gauge. */
export function PledgeGauge({ progress }: { progress: BuyerReliefProgress }) {
  const { t } = useTranslation();
  if (progress.pledgedCents === null || progress.percentOfPledge === null) {
    return (
      <p className="muted">
        {t('No pledge on record: {{spent}} spent on poverty-area products in {{year}}.', {
          spent: yuan(progress.spentCents),
          year: progress.year,
        })}
      </p>
    );
  }
  const reached = Math.min(progress.percentOfPledge, 100);
  return (
    <figure className="chart gauge">
      <div className="gauge-dial">
        <RadialBarChart
          width={240}
          height={130}
          cx={120}
          cy={120}
          innerRadius={80}
          outerRadius={115}
          startAngle={180}
          endAngle={0}
          data={[{ name: 'pledge', reached }]}
        >
          <PolarAngleAxis type="number" domain={[0, 100]} tick={false} />
          <RadialBar
            dataKey="reached"
            fill="#7a9a3a"
            background={{ fill: '#e8eadf' }}
            isAnimationActive={false}
          />
        </RadialBarChart>
        <strong className="gauge-figure">{percent(progress.percentOfPledge)}</strong>
      </div>
      <figcaption>
        {t('{{spent}} of the {{pledged}} pledged for {{year}} ({{share}} of the food budget)', {
          spent: yuan(progress.spentCents),
          pledged: yuan(progress.pledgedCents),
          year: progress.year,
          share: percent(progress.pledgedSharePercent ?? 0),
        })}
        {' — '}
        {progress.remainingCents
          ? t('{{amount}} still to spend', { amount: yuan(progress.remainingCents) })
          : t('pledge reached')}
        {progress.paceCents !== null && (
          <span className={`pace ${progress.onPace ? 'on-pace' : 'behind-pace'}`}>
            {progress.onPace
              ? t('On pace: {{pace}} due by today', { pace: yuan(progress.paceCents) })
              : t('{{behind}} behind the pace of {{pace}} due by today', {
                  behind: yuan(progress.behindPaceCents ?? 0),
                  pace: yuan(progress.paceCents),
                })}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
