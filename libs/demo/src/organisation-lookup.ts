import { mintDevelopmentToken } from '@hb/platform/auth/dev-tokens';
import { DEMO_IDENTITIES, demoBuyerName, demoProducer, type DemoOrganisationLookup } from './identities';

/** Where the lookup finds the demo's buyers (orders) and producers (catalog). */
export interface LookupServices {
  readonly catalog: string;
  readonly orders: string;
}

/**
 * Finds the ids the services gave the demo's buyers and producers, asking them as the demo's
 * administrator with a development token (so only where the services accept those); an id once found
 * is kept.
 */
export function demoOrganisationLookup(services: LookupServices): DemoOrganisationLookup {
  const found = new Map<string, string>();
  const asAdmin = async <T>(url: string): Promise<T> => {
    const { role, subject, organisation } = DEMO_IDENTITIES.admin;
    const token = await mintDevelopmentToken({
      sub: subject,
      role,
      org: organisation.fixed,
      expiresIn: '1m',
    });
    const answer = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (!answer.ok) throw new Error(`${url} answered ${answer.status}`);
    return (await answer.json()) as T;
  };
  const remembered = async (key: string, find: () => Promise<string | undefined>) => {
    const id = found.get(key) ?? (await find());
    if (id) found.set(key, id);
    return id;
  };
  type Items = { items: { id: string; creditCode?: string }[] };
  return {
    buyer: (key) =>
      remembered(`buyer:${key}`, async () => {
        const name = encodeURIComponent(demoBuyerName(key));
        return (await asAdmin<Items>(`${services.orders}/v1/buyers?name=${name}`)).items[0]?.id;
      }),
    producer: (key) =>
      remembered(`producer:${key}`, async () => {
        const { countyCode, creditCode } = demoProducer(key);
        const page = await asAdmin<Items>(
          `${services.catalog}/v1/producers?countyCode=${countyCode}&limit=100`,
        );
        return page.items.find((producer) => producer.creditCode === creditCode)?.id;
      }),
  };
}
