import { envInt } from '@hb/platform';
import type { PovertyStatus } from '@hb/contracts';

export const DOCKING_EVENTS_CONFIG = Symbol('DOCKING_EVENTS_CONFIG');

export interface DockingEventsConfig {
  /** Share of the booth fee waived, in percent, by the exhibitor's county poverty status. */
  readonly boothFeeReductionPercent: Readonly<Record<PovertyStatus, number>>;
  /** Days after today an intent's order asks delivery for, when the buyer names no date. */
  readonly orderDeliveryDays: number;
}

/**
 * `ORDERS_BOOTH_FEE_REDUCTION_KEY_PERCENT` (50), `ORDERS_BOOTH_FEE_REDUCTION_DEEP_PERCENT` (100):
 * the booth fee is reduced as certification fees are; a lifted county (or one catalog never
 * announced) pays in full. `ORDERS_INTENT_DELIVERY_DAYS` (7). Anything that does not parse stops the
 * service at start.
 */
export function dockingEventsConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DockingEventsConfig {
  return {
    boothFeeReductionPercent: {
      key: envInt('ORDERS_BOOTH_FEE_REDUCTION_KEY_PERCENT', 50, { min: 0, max: 100, env }),
      deep: envInt('ORDERS_BOOTH_FEE_REDUCTION_DEEP_PERCENT', 100, { min: 0, max: 100, env }),
      lifted: 0,
    },
    orderDeliveryDays: envInt('ORDERS_INTENT_DELIVERY_DAYS', 7, { min: 0, max: 365, env }),
  };
}
