import type { Translate } from '../api/problem';
import type { ExhibitorView } from '../api/types';
import { povertyStatus } from '../labels';

/**
 * Why an exhibitor pays what it pays, in the chosen language: its county's poverty status decides the
 * reduction (the service's own sentence is English only).
 */
export function boothFeeReason(exhibitor: ExhibitorView, t: Translate): string {
  const county = exhibitor.countyName;
  const percent = exhibitor.reductionPercent;
  if (exhibitor.povertyStatus === 'deep' || exhibitor.povertyStatus === 'key') {
    const status = t(povertyStatus(exhibitor.povertyStatus).label);
    if (percent === 100) return t('{{county}} ({{status}}): the booth fee is waived.', { county, status });
    if (percent === 0) {
      return t('{{county}} ({{status}}): no reduction is set, the full fee applies.', { county, status });
    }
    return t('{{county}} ({{status}}): {{percent}} % off the booth fee.', { county, status, percent });
  }
  if (exhibitor.povertyStatus === 'lifted') {
    return t('{{county}} has been lifted out of poverty: the full fee applies.', { county });
  }
  return t('{{county}} is not a poverty county: the full fee applies.', { county });
}
