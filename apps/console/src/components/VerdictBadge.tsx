import { verdict } from '../labels';
import { Badge } from './Badge';

/** A shipment's cold-chain verdict at delivery. */
export function VerdictBadge({ value }: { value: string }) {
  const { label, tone } = verdict(value);
  return <Badge tone={tone}>{label}</Badge>;
}
