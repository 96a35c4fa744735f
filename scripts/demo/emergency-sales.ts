import { Api } from './api';
import type { ServiceUrls, World } from './demo-data';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

interface SaleSummary {
  id: string;
  productId: string;
  status: string;
}

/**
 * Two emergency sales of the Zhaojue cooperative (deep poverty): a glut of highland apples still
 * open, offered to the canteens furthest behind their pledge, and a near-expiry sale of tea that
 * closed by hand (its units back in ordinary stock). Loading twice opens nothing more.
 */
export async function loadEmergencySales(
  urls: ServiceUrls,
  world: World,
  log: (message: string) => void,
): Promise<{ open: string; closed: string }> {
  const owner = await Api.as(urls.catalog, 'producer', world.producerIds.buckwheat);
  const salesOf = async (status: 'open' | 'closed', productId: string) =>
    (
      await owner.must<{ items: SaleSummary[] }>([200], 'GET', `/emergency-sales?status=${status}&limit=100`)
    ).items.find((sale) => sale.productId === productId);

  const apples = world.productIds.apples;
  const open =
    (await salesOf('open', apples)) ??
    (await owner.must<SaleSummary>([201], 'POST', '/emergency-sales', {
      productId: apples,
      quantity: 1500,
      unitPriceCents: 750,
      reason: 'glut',
      endsAt: inDays(14),
      note: 'Bumper apple harvest in Zhaojue; the county cold store is full.',
    }));

  const tea = world.productIds.buckwheatTea;
  let closed = await salesOf('closed', tea);
  if (!closed) {
    const opened = await owner.must<SaleSummary>([201], 'POST', '/emergency-sales', {
      productId: tea,
      quantity: 50,
      unitPriceCents: 7000,
      reason: 'near_expiry',
      endsAt: inDays(3),
      note: 'A lot of tea within days of its last day of sale.',
    });
    closed = await owner.must<SaleSummary>([200], 'POST', `/emergency-sales/${opened.id}/close`);
  }
  log(`emergency sales: ${open.id} (apples, glut, open), ${closed.id} (tea, near expiry, closed)`);

  const admin = await Api.as(urls.orders, 'admin', 'harvest-bridge-ops');
  const behind = (
    await admin.must<{ items: { name: string; behindPaceCents: number }[] }>(
      [200],
      'GET',
      '/relief/buyers?behindPace=true&limit=100',
    )
  ).items;
  log(
    `buyers behind their pledge pace: ${behind.map((buyer) => `${buyer.name} (${(buyer.behindPaceCents / 100).toFixed(2)} yuan)`).join(', ') || 'none'}`,
  );
  return { open: open.id, closed: closed.id };
}
