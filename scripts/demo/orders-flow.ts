import { Api, waitUntil } from './api';
import type { World } from './demo-data';
import { ORGS, PRODUCTS, type BuyerKey, type ProductKey } from '@hb/demo';

type Target = 'CONFIRMED' | 'REJECTED' | 'CANCELLED' | 'IN_TRANSIT' | 'DELIVERED' | 'COMPLETED' | 'DISPUTED';

interface DemoOrder {
  key: string;
  buyer: BuyerKey;
  lines: [ProductKey, number][];
  target: Target;
  /** Products whose shipment suffers a cold-chain breach, and which the buyer refuses. */
  spoiled?: ProductKey[];
}

/** Orders in every state a buyer can see (PLACED lasts only until catalog answers). */
const ORDERS: DemoOrder[] = [
  {
    key: 'canteen-tea-and-goat',
    buyer: 'canteen',
    lines: [
      ['buckwheatTea', 300],
      ['goat', 60],
    ],
    target: 'COMPLETED',
  },
  {
    key: 'canteen-goat-and-pork',
    buyer: 'canteen',
    lines: [
      ['goat', 40],
      ['pork', 200],
    ],
    target: 'DISPUTED',
    spoiled: ['goat'],
  },
  {
    // Rice alone: in one reefer with frozen pork, the rice's range and the pork's do not meet, and the
    // shipment could only be judged breached.
    key: 'mall-rice',
    buyer: 'mall',
    lines: [['rice', 500]],
    target: 'COMPLETED',
  },
  { key: 'jiangyou-goat', buyer: 'jiangyouCanteen', lines: [['goat', 60]], target: 'COMPLETED' },
  { key: 'guangzhou-pork', buyer: 'guangzhouCanteen', lines: [['pork', 300]], target: 'COMPLETED' },
  // A third accepted line of Congjiang's frozen pork: enough data points for monitoring's price_drop.
  { key: 'mall-pork', buyer: 'mall', lines: [['pork', 100]], target: 'COMPLETED' },
  { key: 'supermarket-mango', buyer: 'supermarket', lines: [['mango', 120]], target: 'DELIVERED' },
  { key: 'supermarket-silver-tea', buyer: 'supermarket', lines: [['silverTea', 20]], target: 'IN_TRANSIT' },
  { key: 'mall-yoghurt', buyer: 'mall', lines: [['yoghurt', 30]], target: 'CONFIRMED' },
  { key: 'canteen-too-much-goat', buyer: 'canteen', lines: [['goat', 5000]], target: 'REJECTED' },
  { key: 'canteen-cabbage-cancelled', buyer: 'canteen', lines: [['cabbage', 400]], target: 'CANCELLED' },
];

const CUSTODY = ['picked_up', 'in_transit', 'at_hub', 'in_transit', 'out_for_delivery', 'delivered'] as const;
const MINUTE = 60_000;

export interface Shipment {
  id: string;
  producerId: string;
  status: string;
  operatorId: string | null;
  coldChainProfile: { minC: number; maxC: number; maxDwellMinutes: number };
  custody: unknown[];
}

/**
 * Drives one shipment along its journey as an operator would (claim, custody steps, the logger's
 * temperature record at delivery); a breach makes the reefer fail for 70 minutes mid-trip.
 */
export async function ship(
  operator: Api,
  shipment: Shipment,
  until: 'in_transit' | 'delivered',
  breach: boolean,
  start: number,
): Promise<void> {
  if (!shipment.operatorId) await operator.must([200, 201], 'POST', `/shipments/${shipment.id}/claim`);
  const done = shipment.custody.length;
  const steps = until === 'delivered' ? CUSTODY.length : 2;
  const at = (step: number) => new Date(start + step * 60 * MINUTE).toISOString();
  for (let step = done; step < steps; step += 1) {
    const type = CUSTODY[step];
    if (type === 'delivered') {
      const { minC, maxC } = shipment.coldChainProfile;
      const middle = (minC + maxC) / 2;
      const readings = Array.from({ length: 60 }, (_, index) => ({
        deviceId: `LSCC-LOGGER-${shipment.id.slice(0, 4)}`,
        recordedAt: new Date(start + index * 5 * MINUTE).toISOString(),
        // A breach: the reefer unit failed for 70 minutes in the middle of the trip.
        temperatureC:
          breach && index >= 20 && index < 34
            ? maxC + 6.5
            : Math.round((middle + Math.sin(index / 5)) * 10) / 10,
        humidityPct: 85,
      }));
      await operator.must([200, 201, 202], 'POST', `/shipments/${shipment.id}/readings`, { readings });
    }
    await operator.must([200, 201], 'POST', `/shipments/${shipment.id}/events`, {
      type,
      at: at(step),
      location:
        type === 'at_hub' ? 'Mianyang cold-chain hub' : type === 'delivered' ? 'buyer dock' : 'G5 expressway',
      handedOverBy: step === 0 ? 'producer warehouse keeper' : 'Liangshan Cold Chain driver',
      receivedBy: type === 'delivered' ? 'buyer receiving clerk' : 'Liangshan Cold Chain driver',
    });
  }
}

export async function loadOrders(
  urls: Record<'catalog' | 'orders' | 'logistics' | 'certification', string>,
  world: World,
): Promise<void> {
  const operator = await Api.as(urls.logistics, 'operator', ORGS.operator);
  const start = Date.now() - 7 * 60 * MINUTE;
  for (const order of ORDERS) {
    const buyer = await Api.as(urls.orders, 'buyer', world.buyerIds[order.buyer]);
    const placed = await buyer.must(
      [201],
      'POST',
      '/orders',
      {
        lines: order.lines.map(([product, quantity]) => ({ productId: world.productIds[product], quantity })),
        deliveryAddress:
          order.buyer === 'canteen'
            ? 'Mianyang Municipal Government Canteen, 1 Jiannan Road, Fucheng District, Mianyang'
            : 'Chengdu distribution centre, 88 Shuangliu Logistics Park',
        requestedDeliveryDate: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
      },
      { 'idempotency-key': `demo-${order.key}` },
    );
    const status = async () => (await buyer.must([200], 'GET', `/orders/${placed.id}`)).status as string;
    let current = await waitUntil(
      async () => ((await status()) !== 'PLACED' ? status() : undefined),
      `order ${order.key} to be answered`,
    );

    if (order.target === 'CANCELLED' && current === 'CONFIRMED') {
      current = (await buyer.must([200], 'POST', `/orders/${placed.id}/cancel`)).status;
    }
    if (
      ['IN_TRANSIT', 'DELIVERED', 'COMPLETED', 'DISPUTED'].includes(order.target) &&
      ['CONFIRMED', 'IN_TRANSIT'].includes(current)
    ) {
      const origins = new Set(
        order.lines.map(([product]) => world.producerIds[PRODUCTS.find((p) => p.key === product)!.producer]),
      );
      const shipments = await waitUntil(async () => {
        const items = (await operator.must([200], 'GET', `/shipments?orderId=${placed.id}`))
          .items as Shipment[];
        return items.length === origins.size ? items : undefined;
      }, `the shipments of order ${order.key}`);
      for (const shipment of shipments) {
        const spoiled = (order.spoiled ?? []).some(
          (product) =>
            world.productIds[product] &&
            order.lines.some(([p]) => p === product) &&
            world.producerIds[PRODUCTS.find((p) => p.key === product)!.producer] === shipment.producerId,
        );
        await ship(
          operator,
          shipment,
          order.target === 'IN_TRANSIT' ? 'in_transit' : 'delivered',
          spoiled,
          start,
        );
      }
      const expected = order.target === 'IN_TRANSIT' ? 'IN_TRANSIT' : 'DELIVERED';
      current = await waitUntil(
        async () => ((await status()) === expected ? expected : undefined),
        `order ${order.key} to be ${expected}`,
      );
    }
    if ((order.target === 'COMPLETED' || order.target === 'DISPUTED') && current === 'DELIVERED') {
      const refused = (order.spoiled ?? []).map((product) => ({
        productId: world.productIds[product],
        acceptedQuantity: 0,
      }));
      current = (
        await buyer.must(
          [200],
          'POST',
          `/orders/${placed.id}/accept`,
          refused.length ? { lines: refused } : {},
        )
      ).status;
    }
    world.orders[order.key] = { id: placed.id, status: current };
  }
  console.log(
    `[demo] ${ORDERS.length} orders: ${Object.values(world.orders)
      .map((o) => o.status)
      .join(', ')}`,
  );
}
