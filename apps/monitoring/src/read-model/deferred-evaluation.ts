import type { EntityManager } from 'typeorm';
import type { BatchPart } from '@hb/messaging';
import type { Clock } from '@hb/platform';
import type { EvaluationService } from '../evaluation/evaluation.service';
import type { Touched } from './touched';

/**
 * The rules about what the events of one consumer transaction touched, evaluated once when it
 * finishes: each market, category, product and producer once for the batch. Used for product
 * snapshots, which a catalog replay or a bulk listing sends by the hundred; the rules then judge the
 * batch's end state, as OrderBatch explains.
 */
export class DeferredEvaluation implements BatchPart {
  private readonly touched: Touched[] = [];

  constructor(
    private readonly tx: EntityManager,
    private readonly evaluation: EvaluationService,
    private readonly clock: Clock,
  ) {}

  add(touched: Touched): void {
    this.touched.push(touched);
  }

  async finish(): Promise<void> {
    await this.evaluation.afterEvent(
      this.tx,
      {
        markets: this.touched.flatMap((t) => t.markets),
        categories: this.touched.flatMap((t) => t.categories),
        products: this.touched.flatMap((t) => t.products),
        producers: this.touched.flatMap((t) => t.producers),
      },
      this.clock.now(),
    );
  }
}
