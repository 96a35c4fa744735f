import { randomUUID } from 'node:crypto';
import { OrderCompleted, OrderPlaced, type LotExpiredData, type StockLevelData } from '@hb/contracts';
import { LotExpiryService, catalogService } from '../../../apps/catalog/src';
import { creditCode, day } from '../../support/catalog-factories';
import { EventPublisherForTests } from '../../support/events';
import { tokenFor } from '../../support/http';
import { runService, type RunningService } from '../../support/service-harness';

describe('catalog inventory events: lots added and expired, stock levels (real PostgreSQL and Kafka)', () => {
  let svc: RunningService;
  let orders: EventPublisherForTests;
  let producerId: string;
  let producerToken: string;

  const listedProduct = async (): Promise<string> => {
    const id = randomUUID();
    await svc.db.query(
      `INSERT INTO products (id, producer_id, name, category, unit, shelf_life_days, min_order_quantity, price_tiers, status)
       VALUES ($1, $2, 'Zhaojue tartary buckwheat', 'grain_oil', 'kg', 365, 1, $3, 'listed')`,
      [id, producerId, JSON.stringify([{ minQuantity: 1, unitPriceCents: 1200 }])],
    );
    return id;
  };

  const addLot = async (productId: string, quantity: number, expiresOn: string) => {
    const answer = await svc.call({
      method: 'POST',
      url: `/v1/products/${productId}/lots`,
      token: producerToken,
      body: { quantity, harvestedOn: day(-10), expiresOn },
    });
    expect(answer.status).toBe(201);
    return String(answer.body.id);
  };

  /** The inventory events catalog wrote about a product, oldest first. */
  const inventory = async <T>(productId: string, type: string) =>
    (
      await svc.db.query<{ data: T }>(
        `SELECT envelope -> 'data' AS data FROM outbox WHERE topic = 'catalog.inventory.v1' AND key = $1 AND type = $2
          ORDER BY seq`,
        [productId, type],
      )
    ).map((row) => row.data);

  beforeAll(async () => {
    svc = await runService(catalogService, 'inventory');
    orders = await EventPublisherForTests.start(svc.prefix);
    await svc.db.query(
      `INSERT INTO counties (code, name, province, prefecture, poverty_status) VALUES ('513431', 'Zhaojue', 'Sichuan', 'Liangshan', 'deep')`,
    );
    producerId = randomUUID();
    await svc.db.query(
      `INSERT INTO producers (id, name, kind, county_code, credit_code, poverty_households)
       VALUES ($1, 'Zhaojue Buckwheat Cooperative', 'cooperative', '513431', $2, 86)`,
      [producerId, creditCode()],
    );
    producerToken = await tokenFor('producer', producerId);
  });

  afterAll(async () => {
    await orders?.stop();
    await svc?.stop();
  });

  it('announces a lot added and the stock level after it', async () => {
    const productId = await listedProduct();
    const lotId = await addLot(productId, 120, day(30));
    expect(await inventory(productId, 'catalog.inventory.lotAdded.v1')).toEqual([
      {
        lotId,
        productId,
        producerId,
        countyCode: '513431',
        category: 'grain_oil',
        quantity: 120,
        harvestedOn: day(-10),
        expiresOn: day(30),
      },
    ]);
    expect(await inventory<StockLevelData>(productId, 'catalog.inventory.levelChanged.v1')).toEqual([
      expect.objectContaining({
        available: 120,
        reserved: 0,
        lots: [{ lotId, available: 120, expiresOn: day(30) }],
      }),
    ]);
  });

  it('announces the stock level when an order reserves stock and when it completes', async () => {
    const productId = await listedProduct();
    await addLot(productId, 100, day(20));
    const orderId = randomUUID();
    await orders.publish(OrderPlaced, {
      orderId,
      buyerId: 'canteen-mianyang-01',
      lines: [{ productId, quantity: 30, unitPriceCents: 1200, lineTotalCents: 36_000 }],
      totalCents: 36_000,
      placedAt: new Date().toISOString(),
    });
    await svc.caughtUp('orders.order.v1');
    await orders.publish(OrderCompleted, { orderId, buyerId: 'canteen-mianyang-01' });
    await svc.caughtUp('orders.order.v1');
    const levels = await inventory<StockLevelData>(productId, 'catalog.inventory.levelChanged.v1');
    expect(levels.map((level) => [level.available, level.reserved])).toEqual([
      [100, 0],
      [70, 30],
      [70, 0],
    ]);
  });

  it('announces each lot once after its last day of sale, with what was left unsold', async () => {
    const productId = await listedProduct();
    const soon = await addLot(productId, 50, day(2));
    await addLot(productId, 80, day(40));
    const sweeper = svc.app.get(LotExpiryService);
    expect(await sweeper.sweep(day(2))).toBe(0);
    expect(await sweeper.sweep(day(3))).toBeGreaterThanOrEqual(1);
    expect(await sweeper.sweep(day(3))).toBe(0);
    expect(await inventory<LotExpiredData>(productId, 'catalog.inventory.lotExpired.v1')).toEqual([
      expect.objectContaining({ lotId: soon, quantity: 50, quantityLeft: 50, expiresOn: day(2) }),
    ]);
    const levels = await inventory<StockLevelData>(productId, 'catalog.inventory.levelChanged.v1');
    expect(levels.at(-1)).toMatchObject({ available: 80 });
  });
});
