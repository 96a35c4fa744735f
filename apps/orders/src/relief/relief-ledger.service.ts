import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { ReliefContributionRecorded, ReliefContributionReversed } from '@hb/contracts';
import { event, type NewEvent } from '@hb/messaging';
import { CatalogViewRepository } from '../catalog-view/catalog-view.repository';
import type { OrderLine } from '../orders/order-line.entity';
import type { Order } from '../orders/order.entity';
import type { LineRefund } from '../orders/refund-allocation';
import { ReliefEntry } from './relief-entry.entity';

/**
 * Writes the relief ledger, append-only. When a buyer takes delivery: one contribution per accepted
 * line of a product that was relief-eligible when the order was placed, for the accepted quantity
 * only (refused, refunded quantities never count), carrying its shipment's cold-chain verdict. A
 * refund after acceptance: one reversal per refunded relief line, negative, naming the contribution
 * it corrects. Called in the transaction that changes the order.
 */
@Injectable()
export class ReliefLedgerService {
  constructor(private readonly catalog: CatalogViewRepository) {}

  async recordAcceptance(tx: EntityManager, order: Order, at: Date): Promise<NewEvent[]> {
    const counted = order.lines.filter((line) => line.reliefEligible && (line.acceptedQuantity ?? 0) > 0);
    if (counted.length === 0) return [];
    const counties = await this.catalog.povertyStatuses(tx, [
      ...new Set(counted.map((line) => line.countyCode)),
    ]);
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
        kind: 'contribution',
        reverses: null,
        coldChainVerdict: line.coldChainVerdict,
        reason: line.overrideReason,
        emergencySaleId: line.emergencySaleId,
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
        coldChainVerdict: entry.coldChainVerdict,
        emergencySaleId: entry.emergencySaleId,
      }),
    );
  }

  /** Reverses the refunded part of each relief line of the order; lines that never counted need nothing. */
  async reverseRefunds(
    tx: EntityManager,
    order: Order,
    refunds: readonly LineRefund[],
    reason: string,
    at: Date,
  ): Promise<NewEvent[]> {
    const lines = new Map<number, OrderLine>(order.lines.map((line) => [line.lineNo, line]));
    const contributions = new Map(
      (
        await tx.find(ReliefEntry, {
          where: {
            orderId: order.id,
            kind: 'contribution',
            productId: In(order.lines.map((line) => line.productId)),
          },
        })
      ).map((entry) => [entry.productId, entry]),
    );
    const reversals = refunds.flatMap(({ lineNo, amountCents }) => {
      const contribution = contributions.get(lines.get(lineNo)!.productId);
      if (!contribution) return [];
      return [
        tx.create(ReliefEntry, {
          ...contribution,
          id: randomUUID(),
          quantity: 0,
          amountCents: -amountCents,
          recordedAt: at,
          kind: 'reversal',
          reverses: contribution.id,
          reason,
        }),
      ];
    });
    if (reversals.length === 0) return [];
    await tx.insert(ReliefEntry, reversals);
    return reversals.map((entry) =>
      event(ReliefContributionReversed, {
        entryId: entry.id,
        reverses: entry.reverses!,
        orderId: entry.orderId,
        buyerId: entry.buyerId,
        productId: entry.productId,
        producerId: entry.producerId,
        countyCode: entry.countyCode,
        amountCents: entry.amountCents,
        coldChainVerdict: entry.coldChainVerdict,
        reason,
        recordedAt: at.toISOString(),
      }),
    );
  }
}
