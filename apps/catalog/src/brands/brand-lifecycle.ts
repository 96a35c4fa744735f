import type { BrandDecision, BrandStatus } from '@hb/contracts';
import { defineLifecycle } from '@hb/platform';

export type BrandTrigger = 'admit' | 'reject';

/** The trigger an administrator's decision pulls. */
export const TRIGGER_OF: Readonly<Record<BrandDecision, BrandTrigger>> = {
  admitted: 'admit',
  rejected: 'reject',
};

export const BRAND_LIFECYCLE = defineLifecycle<BrandStatus, BrandTrigger>({
  aggregate: 'brand',
  states: ['submitted', 'admitted', 'rejected'],
  transitions: {
    submitted: { admit: 'admitted', reject: 'rejected' },
    admitted: {},
    rejected: {},
  },
  description:
    'A brand is decided once: an administrator admits a submitted brand to the catalogue or rejects it. ' +
    'A second decision is a 409; a rejected name may be submitted again as a new brand.',
});
