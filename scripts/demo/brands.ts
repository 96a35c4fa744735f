import { Api } from './api';
import type { ServiceUrls, World } from './demo-data';
import type { ProductKey } from '@hb/demo';
import { ORGS, PRODUCTS } from '@hb/demo';

interface BrandSummary {
  id: string;
  name: string;
  status: string;
}

/**
 * The brand catalogue (#22): Zhaojue's regional public brand 大凉山 Daliangshan, standing on the
 * cooperative's geographical-indication certificate and submitted by the county's official, and the
 * Butuo goat workshop's own enterprise brand; an administrator admits both, and the products name
 * them. Found again by name on a second load, so loading twice adds nothing.
 */
export async function loadBrands(urls: Pick<ServiceUrls, 'catalog'>, world: World): Promise<string[]> {
  const admin = await Api.as(urls.catalog, 'admin', ORGS.admin);
  const brands = [
    {
      submitter: await Api.as(urls.catalog, 'county_official', '513431'),
      body: {
        name: '大凉山 Daliangshan',
        kind: 'regional_public',
        countyCode: '513431',
        geographicalIndicationCertificate: world.certificates.buckwheatGi,
      },
      products: ['buckwheatTea', 'apples'] as ProductKey[],
      note: 'Liangshan regional public brand on the geographical indication of Zhaojue tartary buckwheat.',
    },
    {
      submitter: await Api.as(urls.catalog, 'producer', world.producerIds.goat),
      body: { name: 'Butuo Black Goat', kind: 'enterprise', countyCode: '513429' },
      products: ['goat', 'yoghurt'] as ProductKey[],
      note: 'Enterprise brand of the Butuo black goat relief workshop.',
    },
  ];
  const ids: string[] = [];
  for (const { submitter, body, products, note } of brands) {
    const among = async (path: string) =>
      (await admin.must<{ items: BrandSummary[] }>([200], 'GET', path)).items.find(
        (brand) => brand.name === body.name,
      );
    const admitted = await among(`/brands?countyCode=${body.countyCode}&kind=${body.kind}&limit=100`);
    let brand = admitted ?? (await among('/brands/queue?limit=100'));
    brand ??= await submitter.must<BrandSummary>([201], 'POST', '/brands', body);
    if (brand.status === 'submitted')
      await admin.must([200], 'POST', `/brands/${brand.id}/decision`, { decision: 'admitted', note });
    for (const product of products) {
      const { producer } = PRODUCTS.find((candidate) => candidate.key === product)!;
      const owner = await Api.as(urls.catalog, 'producer', world.producerIds[producer]);
      // A PATCH that changes nothing announces nothing: a second load leaves the products as they are.
      await owner.must([200], 'PATCH', `/products/${world.productIds[product]}`, { brandId: brand.id });
    }
    ids.push(brand.id);
  }
  console.log(`[demo] brands admitted to the catalogue: ${brands.map(({ body }) => body.name).join(', ')}`);
  return ids;
}
