import { useTranslation } from 'react-i18next';
import { verdict } from '../labels';
import { Badge } from './Badge';

/** A shipment's cold-chain verdict at delivery. */
export function VerdictBadge({ value }: { value: string }) {
  const { t } = useTranslation();
  const { label, tone } = verdict(value);
  return <Badge tone={tone}>{t(label)}</Badge>;
}
