import type { EntityManager } from 'typeorm';
import type { OrderPlacedData } from '@hb/contracts';
import type { BatchPart } from '@hb/messaging';
import type { Clock } from '@hb/platform';
import type { EvaluationService } from '../evaluation/evaluation.service';
import type { Acceptance, ReadModelRepository } from './read-model.repository';

/**
 * The orders of one consumer transaction (a partition's batch of the order topic), applied together
 * when it finishes: the lines placed in one statement (a line whose order the batch also accepts is
 * written accepted), the other acceptances in another, then the rules about what they touched
 * evaluated once — each market, category and producer once for the batch, not once per order.
 *
 * The read model ends as one by one: placed lines are written before acceptances, and an order
 * placed after its acceptance was collected (which the order service never publishes) writes what
 * came before it first. The rules see the batch's end state: a market the batch moves below a
 * threshold and back above it within the same batch raises nothing (no reader ever saw the state in
 * between: the batch commits at once); otherwise each raise and clear is the one the events one by
 * one would have announced, and the daily sweep evaluates everything anyway.
 */
export class OrderBatch implements BatchPart {
  private placed: OrderPlacedData[] = [];
  private accepted: Acceptance[] = [];
  private readonly placedIds: string[] = [];
  private readonly acceptedIds: string[] = [];
  /** Orders with an acceptance not written yet (lower case: ids compare as uuids do). */
  private readonly awaitingAcceptance = new Set<string>();

  constructor(
    private readonly tx: EntityManager,
    private readonly readModel: ReadModelRepository,
    private readonly evaluation: EvaluationService,
    private readonly clock: Clock,
  ) {}

  async place(order: OrderPlacedData): Promise<void> {
    if (this.awaitingAcceptance.has(order.orderId.toLowerCase())) await this.write();
    this.placed.push(order);
    this.placedIds.push(order.orderId);
  }

  accept(acceptance: Acceptance): void {
    this.accepted.push(acceptance);
    this.acceptedIds.push(acceptance.orderId);
    this.awaitingAcceptance.add(acceptance.orderId.toLowerCase());
  }

  async finish(): Promise<void> {
    await this.write();
    const touched = await this.readModel.touchedByOrders(this.tx, this.placedIds, this.acceptedIds);
    await this.evaluation.afterEvent(this.tx, touched, this.clock.now());
  }

  private async write(): Promise<void> {
    await this.readModel.recordOrders(this.tx, this.placed, this.accepted);
    this.placed = [];
    this.accepted = [];
    this.awaitingAcceptance.clear();
  }
}
