import type { ApplicationView } from '../api/types';
import { Badge } from '../components/Badge';
import { daysUntil, day } from '../format';

/** When the current stage is due, flagged when it is overdue. */
export function DueDate({ application }: { application: ApplicationView }) {
  if (application.stageDueAt === null) return <>—</>;
  const days = daysUntil(application.stageDueAt);
  if (application.overdue) {
    return (
      <Badge tone="bad" title={`due ${day(application.stageDueAt)}`}>
        Overdue {Math.abs(days)} day(s)
      </Badge>
    );
  }
  return <span title={day(application.stageDueAt)}>{days <= 0 ? 'due today' : `in ${days} day(s)`}</span>;
}
