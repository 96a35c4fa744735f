import { useTranslation } from 'react-i18next';
import type { ApplicationView } from '../api/types';
import { Badge } from '../components/Badge';
import { daysUntil, day } from '../format';

/** When the current stage is due, flagged when it is overdue. */
export function DueDate({ application }: { application: ApplicationView }) {
  const { t } = useTranslation();
  if (application.stageDueAt === null) return <>—</>;
  const days = daysUntil(application.stageDueAt);
  if (application.overdue) {
    return (
      <Badge tone="bad" title={t('due {{day}}', { day: day(application.stageDueAt) })}>
        {t('Overdue {{count}} day(s)', { count: Math.abs(days) })}
      </Badge>
    );
  }
  return (
    <span title={day(application.stageDueAt)}>
      {days <= 0 ? t('due today') : t('in {{count}} day(s)', { count: days })}
    </span>
  );
}
