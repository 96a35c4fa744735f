import { useTranslation } from 'react-i18next';
import type { OrderStatus } from '../api/types';
import { Badge } from '../components/Badge';
import { ORDER_STATUS } from '../labels';

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation();
  const { label, tone, meaning } = ORDER_STATUS[status];
  return (
    <Badge tone={tone} title={t(meaning)}>
      {t(label)}
    </Badge>
  );
}
