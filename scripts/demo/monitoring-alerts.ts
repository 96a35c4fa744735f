import { Api } from './api';
import type { ServiceUrls, World } from './demo-data';
import { ORGS, PRODUCERS, PRODUCTS } from '@hb/demo';

const DAY_MS = 86_400_000;
const utcDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Monitoring's `producer_risk`: the Butuo goat workshop's delivery to the Mianyang canteen broke the
 * cold chain and was refused (orders-flow), and its certifier suspends its geographical-indication
 * certificate while the traceability of the refused meat is inspected. A breach rate above 10 % (25
 * points) and a suspended certificate (30) put it at `high` (50), which raises the alert.
 */
export async function loadProducerAtRisk(urls: ServiceUrls, world: World): Promise<void> {
  const certifier = await Api.as(urls.certification, 'certifier', ORGS.certifier);
  const number = world.certificates.goatGi;
  const certificate = await certifier.must<{ status: string }>([200], 'GET', `/certificates/${number}`);
  if (certificate.status === 'active') {
    await certifier.must([200], 'POST', `/certificates/${number}/suspend`, {
      reason:
        'Cold-chain breach on a delivery to Mianyang; traceability of the refused meat under inspection',
    });
  }
  console.log('[demo] the goat workshop’s GI certificate suspended (monitoring: producer_risk)');
}

/**
 * Monitoring's `price_drop` and `sales_slump`, which compare the last 14 days with the 56 before by
 * the time of the events: the APIs stamp an order or an acceptance when it is made, so a demo loaded
 * today has no earlier orders of its own. Congjiang moved its relief sales of frozen pork to Harvest
 * Bridge two weeks ago; an administrator imports what its previous platform recorded for the nine
 * weeks before, the 70 days before today less the last 14 (`POST /market/history`, whole weeks Monday
 * to Sunday): 1 200 kg ordered a week, accepted at ¥90/kg. The demo's three pork orders of these two weeks
 * (600 kg at ¥68/kg, orders-flow) are a quarter of the usual quantity at 76 % of the usual price.
 * Loading again skips the weeks recorded already (a later week adds the weeks since).
 */
export async function loadMarketHistory(urls: ServiceUrls): Promise<void> {
  const pork = PRODUCTS.find((product) => product.key === 'pork')!;
  const { countyCode } = PRODUCERS.find((producer) => producer.key === pork.producer)!;
  const admin = await Api.as(urls.monitoring, 'admin', ORGS.admin);
  const today = new Date(`${utcDay(new Date())}T00:00:00Z`);
  // The last Sunday whose whole day lies before the 14 days the rules call recent.
  const latest = new Date(today.getTime() - 15 * DAY_MS);
  const lastSunday = new Date(latest.getTime() - latest.getUTCDay() * DAY_MS);
  const records = [8, 7, 6, 5, 4, 3, 2, 1, 0].map((weeksBefore) => {
    const to = new Date(lastSunday.getTime() - weeksBefore * 7 * DAY_MS);
    return {
      countyCode,
      category: pork.category,
      from: utcDay(new Date(to.getTime() - 6 * DAY_MS)),
      to: utcDay(to),
      orderedQuantity: 1200,
      orderLines: 12,
      acceptedQuantity: 1150,
      acceptedCents: 1150 * 9000,
      acceptedLines: 11,
    };
  });
  await admin.must([200], 'POST', '/market/history', {
    source: 'Congjiang county e-commerce service centre, weekly sales export',
    records,
  });
  console.log(
    `[demo] 9 weeks of Congjiang's frozen pork market imported from its previous platform (monitoring: price_drop, sales_slump)`,
  );
}
