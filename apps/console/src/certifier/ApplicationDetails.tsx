import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../api/types';
import { useCountyNames, useProductNames } from '../catalog-names';
import { Badge } from '../components/Badge';
import { Panel } from '../components/Panel';
import { moment, yuan } from '../format';
import { povertyStatus, SCHEME, STAGE } from '../labels';
import { DueDate } from './DueDate';
import { StageActions } from './StageActions';

/** One application: what is applied for, its fee and relief, its history, and the stage actions. */
export function ApplicationDetails({
  application,
  onMoved,
}: {
  application: ApplicationView;
  onMoved: (application: ApplicationView) => void;
}) {
  const { t } = useTranslation();
  const productName = useProductNames(application.productIds);
  const countyName = useCountyNames([application.countyCode]);
  return (
    <Panel title={t('Application')} className="application-details">
      <p className="state">
        <Badge tone="info">{t(STAGE[application.stage])}</Badge> <DueDate application={application} />{' '}
        {application.priority && <Badge tone="warning">{t('Priority lane')}</Badge>}
      </p>
      <dl>
        <dt>{t('Scheme')}</dt>
        <dd>{t(SCHEME[application.scheme])}</dd>
        <dt>{t('Products')}</dt>
        <dd>{application.productIds.map(productName).join(', ')}</dd>
        <dt>{t('County')}</dt>
        <dd>
          {t('{{county}} ({{status}} when it applied)', {
            county: countyName(application.countyCode),
            status: t(povertyStatus(application.povertyStatus).label),
          })}
        </dd>
        <dt>{t('Fee')}</dt>
        <dd>
          {yuan(application.amountDueCents)}
          {application.feeReliefCents > 0 &&
            ` ${t('after {{relief}} of relief on {{fee}}', {
              relief: yuan(application.feeReliefCents),
              fee: yuan(application.feeCents),
            })}`}
        </dd>
        {application.certificateNumber && (
          <>
            <dt>{t('Certificate')}</dt>
            <dd>{application.certificateNumber}</dd>
          </>
        )}
      </dl>
      <StageActions key={application.stage} application={application} onMoved={onMoved} />
      <ol className="history">
        {application.history.map((step) => (
          <li key={`${step.to}-${step.at}`}>
            <strong>{t(STAGE[step.to])}</strong>{' '}
            {t('{{when}} by {{who}}', { when: moment(step.at), who: step.by })}
            {step.note && `: ${step.note}`}
          </li>
        ))}
      </ol>
    </Panel>
  );
}
