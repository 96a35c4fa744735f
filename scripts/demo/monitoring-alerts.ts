import { Api } from './api';
import type { ServiceUrls, World } from './demo-data';
import { ORGS } from './scenario';

/**
 * Monitoring's `producer_risk`: the Butuo goat workshop's delivery to the Mianyang canteen broke the
 * cold chain and was refused (orders-flow), and its certifier suspends its geographical-indication
 * certificate while the traceability of the refused meat is inspected. A breach rate above 10 % (25
 * points) and a suspended certificate (30) put it at `high` (50), which raises the alert.
 *
 * `price_drop` and `sales_slump` compare the last 14 days with the 56 before, by the time of the
 * services' own events; the APIs record every order and acceptance at the moment it is made, so a demo
 * loaded today has no such history and cannot raise them.
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
