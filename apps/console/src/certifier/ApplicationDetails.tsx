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
  const productName = useProductNames(application.productIds);
  const countyName = useCountyNames([application.countyCode]);
  return (
    <Panel title="Application" className="application-details">
      <p className="state">
        <Badge tone="info">{STAGE[application.stage]}</Badge> <DueDate application={application} />{' '}
        {application.priority && <Badge tone="warning">Priority lane</Badge>}
      </p>
      <dl>
        <dt>Scheme</dt>
        <dd>{SCHEME[application.scheme]}</dd>
        <dt>Products</dt>
        <dd>{application.productIds.map(productName).join(', ')}</dd>
        <dt>County</dt>
        <dd>
          {countyName(application.countyCode)} ({povertyStatus(application.povertyStatus).label} when it
          applied)
        </dd>
        <dt>Fee</dt>
        <dd>
          {yuan(application.amountDueCents)}
          {application.feeReliefCents > 0 &&
            ` after ${yuan(application.feeReliefCents)} of relief on ${yuan(application.feeCents)}`}
        </dd>
        {application.certificateNumber && (
          <>
            <dt>Certificate</dt>
            <dd>{application.certificateNumber}</dd>
          </>
        )}
      </dl>
      <StageActions key={application.stage} application={application} onMoved={onMoved} />
      <ol className="history">
        {application.history.map((step) => (
          <li key={`${step.to}-${step.at}`}>
            <strong>{STAGE[step.to]}</strong> {moment(step.at)} by {step.by}
            {step.note && `: ${step.note}`}
          </li>
        ))}
      </ol>
    </Panel>
  );
}
