import { TransactionBatch, type BatchPart } from './event-context';

class Tally implements BatchPart {
  readonly seen: string[] = [];
  constructor(
    private readonly finished: string[],
    private readonly name: string,
  ) {}
  async finish(): Promise<void> {
    this.finished.push(`${this.name}: ${this.seen.join(', ')}`);
  }
}

describe('TransactionBatch: the parts the events of one consumer transaction share', () => {
  it('makes a part once for the first event that asks and finishes each part once, in the order they were made', async () => {
    const batch = new TransactionBatch();
    const finished: string[] = [];
    let made = 0;
    const orders = () =>
      batch.part('orders', () => {
        made += 1;
        return new Tally(finished, 'orders');
      });
    orders().seen.push('first');
    batch.part('products', () => new Tally(finished, 'products')).seen.push('second');
    orders().seen.push('third');

    await batch.finish();

    expect(made).toBe(1);
    expect(finished).toEqual(['orders: first, third', 'products: second']);
  });

  it('lets no part join once the batch is finishing', async () => {
    const batch = new TransactionBatch();
    await batch.finish();
    expect(() => batch.part('late', () => new Tally([], 'late'))).toThrow(/finishing/);
  });
});
