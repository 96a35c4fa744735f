import { Api } from './api';
import type { World } from './demo-data';

const CANTEEN_ADDRESS = 'Mianyang Municipal Government Canteen, 1 Jiannan Road, Fucheng District, Mianyang';
const RFQ_NOTE = 'Tartary buckwheat tea for the spring term, 5 kg tins (demo)';
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

interface Listed {
  id: string;
  status: string;
  note?: string | null;
  deliveryAddress?: string;
}

/**
 * Market access (#22) as its people use it: the municipal canteen's weekly standing order of
 * buckwheat tea, and a request for quotation it awarded to the Zhaojue cooperative. Found again by
 * their address or note on a second load, so loading twice adds nothing.
 */
export async function loadMarketAccess(urls: Record<'orders', string>, world: World): Promise<void> {
  const canteen = await Api.as(urls.orders, 'buyer', world.buyerIds.canteen);
  const tea = world.productIds.buckwheatTea;

  const standing = (await canteen.must<{ items: Listed[] }>([200], 'GET', '/standing-orders?limit=100'))
    .items;
  if (!standing.some((order) => order.deliveryAddress === CANTEEN_ADDRESS && order.status !== 'cancelled')) {
    await canteen.must([201], 'POST', '/standing-orders', {
      lines: [{ productId: tea, quantity: 60 }],
      every: 'week',
      dayOfWeek: 1,
      startsOn: day(0),
      deliveryAddress: CANTEEN_ADDRESS,
    });
  }

  const rfqs = (await canteen.must<{ items: Listed[] }>([200], 'GET', '/rfqs?limit=100')).items;
  if (!rfqs.some((rfq) => rfq.note === RFQ_NOTE && rfq.status === 'awarded')) {
    const rfq =
      rfqs.find((candidate) => candidate.note === RFQ_NOTE) ??
      (await canteen.must<Listed>([201], 'POST', '/rfqs', {
        category: 'tea',
        quantity: 400,
        needBy: day(21),
        povertyCountiesOnly: true,
        note: RFQ_NOTE,
        deliveryAddress: CANTEEN_ADDRESS,
      }));
    const cooperative = await Api.as(urls.orders, 'producer', world.producerIds.buckwheat);
    const quote = await cooperative.must<{ id: string }>([201], 'POST', `/rfqs/${rfq.id}/quotes`, {
      productId: tea,
      unitPriceCents: 7200,
      quantity: 400,
      validUntil: day(10),
    });
    await canteen.must([200], 'POST', `/rfqs/${rfq.id}/award`, { quoteId: quote.id });
  }
  console.log('[demo] a weekly canteen standing order and an awarded request for quotation');
}
