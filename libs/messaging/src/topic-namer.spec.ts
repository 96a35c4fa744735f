import { TopicNamer } from './topic-namer';

describe('TopicNamer', () => {
  it('uses the contract names as they are in production', () => {
    const namer = new TopicNamer('');
    expect(namer.physical('orders.order.v1')).toBe('orders.order.v1');
    expect(namer.deadLetter('harvest.catalog')).toBe('harvest.catalog.dlt');
  });

  it('puts every topic of a test run in its own namespace and maps it back', () => {
    const namer = new TopicNamer('t-abc');
    expect(namer.physical('orders.order.v1')).toBe('t-abc.orders.order.v1');
    expect(namer.logical('t-abc.orders.order.v1')).toBe('orders.order.v1');
    expect(namer.deadLetter('g1')).toBe('t-abc.g1.dlt');
  });
});
