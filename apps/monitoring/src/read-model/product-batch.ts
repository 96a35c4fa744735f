import type { EntityManager } from 'typeorm';
import type { ProductSnapshot } from '@hb/contracts';
import type { BatchPart } from '@hb/messaging';
import type { Clock } from '@hb/platform';
import type { EvaluationService } from '../evaluation/evaluation.service';
import type { ReadModelRepository } from './read-model.repository';
import type { Touched } from './touched';

/**
 * The product snapshots of one consumer transaction (a partition's batch of the product topic),
 * applied when it finishes, in the order they came, then the rules about what they touched
 * evaluated once: each market, category, product and producer once for the batch. A catalog replay
 * or a bulk listing sends them by the hundred; the rules then judge the batch's end state, as
 * OrderBatch explains.
 *
 * The batch's products are locked together first, in sorted order, as a batch of orders locks the
 * products of its lines: locked one snapshot at a time, in the order they came, the two batches
 * would each hold a product the other waits for (a deadlock, then the whole service taking turns).
 */
export class ProductBatch implements BatchPart {
  private readonly snapshots: { product: ProductSnapshot; at: string }[] = [];

  constructor(
    private readonly tx: EntityManager,
    private readonly readModel: ReadModelRepository,
    private readonly evaluation: EvaluationService,
    private readonly clock: Clock,
  ) {}

  add(product: ProductSnapshot, at: string): void {
    this.snapshots.push({ product, at });
  }

  async finish(): Promise<void> {
    await this.readModel.lockProducts(
      this.tx,
      this.snapshots.map(({ product }) => product.id),
    );
    const touched: Touched[] = [];
    for (const { product, at } of this.snapshots)
      touched.push(await this.readModel.upsertProduct(this.tx, product, at));
    await this.evaluation.afterEvent(
      this.tx,
      {
        markets: touched.flatMap((t) => t.markets),
        categories: touched.flatMap((t) => t.categories),
        products: touched.flatMap((t) => t.products),
        producers: touched.flatMap((t) => t.producers),
      },
      this.clock.now(),
    );
  }
}
