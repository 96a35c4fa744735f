import type { ColdChainProfile, ConfirmedLine } from '@hb/contracts';
import { intersectProfiles } from '../cold-chain/profile';
import type { ShipmentLine } from './shipment.entity';

export interface PlannedShipment {
  readonly producerId: string;
  readonly lines: ShipmentLine[];
  /** The range every line of this producer tolerates (see intersectProfiles). */
  readonly profile: ColdChainProfile;
}

/** One shipment per producer origin of a confirmed order, in the order the producers first appear. */
export function planShipments(lines: readonly ConfirmedLine[]): PlannedShipment[] {
  const byProducer = new Map<string, ShipmentLine[]>();
  for (const line of lines) {
    const group = byProducer.get(line.producerId) ?? [];
    group.push({
      productId: line.productId,
      quantity: line.quantity,
      coldChainProfile: {
        minC: line.coldChainProfile.minC,
        maxC: line.coldChainProfile.maxC,
        maxDwellMinutes: line.coldChainProfile.maxDwellMinutes,
      },
    });
    byProducer.set(line.producerId, group);
  }
  return [...byProducer].map(([producerId, group]) => ({
    producerId,
    lines: group,
    profile: intersectProfiles(group.map((line) => line.coldChainProfile)),
  }));
}
