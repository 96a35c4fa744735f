import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { ApplicationStage, ApplicationView, CertificationScheme } from '../api/types';
import { useProducerNames } from '../catalog-names';
import { Badge } from '../components/Badge';
import { Choice } from '../components/Choice';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { useCursorPages } from '../hooks';
import { povertyStatus, SCHEME, STAGE } from '../labels';
import { useApi } from '../session';
import { DueDate } from './DueDate';

/** The certifier's work queue: the priority lane first, then the oldest, with due dates and overdue flags. */
export function ApplicationQueue({
  version,
  selected,
  onSelect,
}: {
  version: number;
  selected: string | null;
  onSelect: (application: ApplicationView) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [stage, setStage] = useState<ApplicationStage | ''>('');
  const [scheme, setScheme] = useState<CertificationScheme | ''>('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const pages = useCursorPages(
    (page) =>
      api.applications(
        {
          ...(stage ? { stage } : { open: 'true' }),
          scheme: scheme || undefined,
          overdue: overdueOnly ? 'true' : undefined,
        },
        page,
      ),
    [stage, scheme, overdueOnly, version],
    8,
  );
  return (
    <Panel
      title={t('Application queue')}
      actions={
        <button type="button" onClick={pages.reload}>
          {t('Refresh')}
        </button>
      }
    >
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <Choice
          label={t('Stage')}
          value={stage}
          options={STAGE}
          onChange={setStage}
          any="Any still under review"
        />
        <Choice label={t('Scheme')} value={scheme} options={SCHEME} onChange={setScheme} />
        <label className="check">
          <input
            type="checkbox"
            checked={overdueOnly}
            onChange={(event) => setOverdueOnly(event.target.checked)}
          />
          {t('Overdue only')}
        </label>
      </form>
      <Paged pages={pages} empty={t('No applications match.')}>
        {(applications) => <QueueTable applications={applications} selected={selected} onSelect={onSelect} />}
      </Paged>
    </Panel>
  );
}

function QueueTable({
  applications,
  selected,
  onSelect,
}: {
  applications: ApplicationView[];
  selected: string | null;
  onSelect: (application: ApplicationView) => void;
}) {
  const { t } = useTranslation();
  const producerName = useProducerNames(applications.map((application) => application.producerId));
  return (
    <table className="selectable queue">
      <thead>
        <tr>
          <th>{t('Applicant')}</th>
          <th>{t('Scheme')}</th>
          <th>{t('Stage')}</th>
          <th>{t('Due')}</th>
        </tr>
      </thead>
      <tbody>
        {applications.map((application) => (
          <tr
            key={application.id}
            className={application.id === selected ? 'selected' : undefined}
            onClick={() => onSelect(application)}
          >
            <td>
              <button type="button" className="link" onClick={() => onSelect(application)}>
                {producerName(application.producerId)}
              </button>{' '}
              {application.priority && (
                <Badge tone="warning" title={t(povertyStatus(application.povertyStatus).label)}>
                  {t('Priority')}
                </Badge>
              )}
            </td>
            <td>{t(SCHEME[application.scheme])}</td>
            <td>{t(STAGE[application.stage])}</td>
            <td>
              <DueDate application={application} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
