import { Api, waitUntil } from './api';
import type { World } from './demo-data';
import { ship, type Shipment } from './orders-flow';
import { ORGS } from '@hb/demo';

const FAIR_NAME = 'Mianyang–Liangshan production–marketing docking fair';
const CANTEEN_ADDRESS = 'Mianyang Municipal Government Canteen, 1 Jiannan Road, Fucheng District, Mianyang';
const JIANGYOU_ADDRESS = 'Jiangyou No. 1 Middle School canteen, 18 Taibai Road, Jiangyou';

interface Intent {
  id: string;
  note: string | null;
  orderId: string | null;
}

/** The 14th to the 16th of last month: the fair is over whenever the demo is loaded. */
function lastMonthsFair(now = new Date()): { startsOn: string; endsOn: string } {
  const day = (date: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, date)).toISOString().slice(0, 10);
  return { startsOn: day(14), endsOn: day(16) };
}

/**
 * A past docking fair in Mianyang (#22): Liangshan's buckwheat cooperative and black-goat workshop
 * took booths (both deep-poverty counties: the fee waived), the municipal canteen meant to buy
 * buckwheat tea and Jiangyou's school canteen goat; the canteen's intent became an order, delivered
 * and accepted, so the fair's report shows intents, an order and the relief it brought Zhaojue. Found
 * again by the fair's name and the intents' notes, so loading twice adds nothing.
 */
export async function loadDockingFair(
  urls: Record<'orders' | 'logistics', string>,
  world: World,
): Promise<string> {
  const admin = await Api.as(urls.orders, 'admin', ORGS.admin);
  const past = (
    await admin.must<{ items: { id: string; name: string }[] }>(
      [200],
      'GET',
      '/docking-events?when=past&limit=100',
    )
  ).items;
  const fairId =
    past.find((fair) => fair.name === FAIR_NAME)?.id ??
    (
      await admin.must<{ id: string }>([201], 'POST', '/docking-events', {
        name: FAIR_NAME,
        city: 'Mianyang',
        ...lastMonthsFair(),
        boothFeeCents: 300_000,
      })
    ).id;

  const exhibiting = (
    await admin.must<{ items: { producerId: string }[] }>(
      [200],
      'GET',
      `/docking-events/${fairId}/exhibitors?limit=100`,
    )
  ).items.map((exhibitor) => exhibitor.producerId);
  for (const producer of [world.producerIds.buckwheat, world.producerIds.goat]) {
    if (exhibiting.includes(producer)) continue;
    const booth = await Api.as(urls.orders, 'producer', producer);
    await booth.must([201], 'POST', `/docking-events/${fairId}/exhibitors`, {});
  }

  const intend = async (
    buyer: Api,
    productId: string,
    quantity: number,
    note: string,
    deliveryAddress: string,
  ) => {
    const mine = (
      await buyer.must<{ items: Intent[] }>([200], 'GET', `/docking-events/${fairId}/intents?limit=100`)
    ).items;
    return (
      mine.find((intent) => intent.note === note) ??
      (await buyer.must<Intent>([201], 'POST', `/docking-events/${fairId}/intents`, {
        productId,
        quantity,
        note,
        deliveryAddress,
      }))
    );
  };
  const canteen = await Api.as(urls.orders, 'buyer', world.buyerIds.canteen);
  const jiangyou = await Api.as(urls.orders, 'buyer', world.buyerIds.jiangyouCanteen);
  const teaIntent = await intend(
    canteen,
    world.productIds.buckwheatTea,
    200,
    'Buckwheat tea for the spring term, agreed at the Zhaojue booth (demo)',
    CANTEEN_ADDRESS,
  );
  await intend(
    jiangyou,
    world.productIds.goat,
    60,
    'Black goat for the school festival, to confirm after tasting (demo)',
    JIANGYOU_ADDRESS,
  );

  const order = await canteen.must<{ id: string; status: string }>(
    [200, 201],
    'POST',
    `/intents/${teaIntent.id}/order`,
    {},
  );
  await complete(urls, canteen, order.id, world.producerIds.buckwheat);
  console.log(
    `[demo] a past docking fair with its report: ${urls.orders}/v1/docking-events/${fairId}/report`,
  );
  return fairId;
}

/** Drives the fair's order to COMPLETED as its people would: catalog confirms, the carrier delivers, the canteen accepts. */
async function complete(
  urls: Record<'logistics', string>,
  canteen: Api,
  orderId: string,
  producerId: string,
): Promise<void> {
  const status = async () =>
    (await canteen.must<{ status: string }>([200], 'GET', `/orders/${orderId}`)).status;
  let current = await waitUntil(
    async () => ((await status()) !== 'PLACED' ? status() : undefined),
    'the docking fair order to be answered',
  );
  if (current === 'CONFIRMED' || current === 'IN_TRANSIT') {
    const operator = await Api.as(urls.logistics, 'operator', ORGS.operator);
    const [shipment] = await waitUntil(async () => {
      const items = (
        await operator.must<{ items: Shipment[] }>([200], 'GET', `/shipments?orderId=${orderId}`)
      ).items;
      return items.some((item) => item.producerId === producerId) ? items : undefined;
    }, 'the shipment of the docking fair order');
    await ship(operator, shipment, 'delivered', false, Date.now() - 7 * 3_600_000);
    current = await waitUntil(
      async () => ((await status()) === 'DELIVERED' ? 'DELIVERED' : undefined),
      'the docking fair order to be delivered',
    );
  }
  if (current === 'DELIVERED') await canteen.must([200], 'POST', `/orders/${orderId}/accept`, {});
}
