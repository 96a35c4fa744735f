import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ReliefContributionRecorded, type PovertyStatus } from '@hb/contracts';
import { event, type NewEvent } from '@hb/messaging';
import type { Order } from '../orders/order.entity';
import { ReliefEntry } from './relief-entry.entity';

/**
 * Writes the relief ledger when a buyer takes delivery: one entry per accepted line of a product that
 * was relief-eligible when the order was placed, for the accepted quantity only (refused, refunded
 * quantities never count). Called in the transaction that accepts the order.
 */
@Injectable()
export class ReliefLedgerService {
  async recordAcceptance(tx: EntityManager, order: Order, at: Date): Promise<NewEvent[]> {
    const counted = order.lines.filter((line) => line.reliefEligible && (line.acceptedQuantity ?? 0) > 0);
    if (counted.length === 0) return [];
    const counties = new Map(
      (
        await tx.query<{ code: string; poverty_status: PovertyStatus }[]>(
          `SELECT code, poverty_status FROM catalog_counties WHERE code = ANY($1::char(6)[])`,
          [[...new Set(counted.map((line) => line.countyCode))]],
        )
      ).map((row) => [row.code, row.poverty_status]),
    );
    const entries = counted.map((line) =>
      tx.create(ReliefEntry, {
        id: randomUUID(),
        orderId: order.id,
        buyerId: order.buyerId,
        productId: line.productId,
        producerId: line.producerId,
        countyCode: line.countyCode,
        povertyStatus: counties.get(line.countyCode) ?? null,
        quantity: line.acceptedQuantity!,
        amountCents: line.acceptedQuantity! * line.unitPriceCents,
        recordedAt: at,
      }),
    );
    await tx.insert(ReliefEntry, entries);
    return entries.map((entry) =>
      event(ReliefContributionRecorded, {
        entryId: entry.id,
        orderId: entry.orderId,
        buyerId: entry.buyerId,
        productId: entry.productId,
        producerId: entry.producerId,
        countyCode: entry.countyCode,
        povertyStatus: entry.povertyStatus,
        quantity: entry.quantity,
        amountCents: entry.amountCents,
        recordedAt: at.toISOString(),
      }),
    );
  }
}
