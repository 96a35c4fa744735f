import { useEffect, useState } from 'react';
import { useApi } from './session';

/** Names do not change while the console is open: each is asked for once. */
const known = new Map<string, Promise<string>>();

const shortId = (id: string) => `#${id.slice(0, 8)}`;

/** Names of catalogue things by id, for display; the id (shortened) until the name is known. */
function useNames(
  kind: string,
  ids: readonly string[],
  nameOf: (id: string) => Promise<string>,
  unnamed: (id: string) => string = shortId,
) {
  const [names, setNames] = useState<Record<string, string>>({});
  const wanted = [...new Set(ids)].sort().join();
  useEffect(() => {
    let current = true;
    const lookups = wanted
      .split(',')
      .filter(Boolean)
      .map(async (id): Promise<[string, string]> => {
        const key = `${kind}:${id}`;
        if (!known.has(key)) {
          const asked = nameOf(id).catch(() => {
            known.delete(key); // ask again next time
            return unnamed(id);
          });
          known.set(key, asked);
        }
        return [id, await known.get(key)!];
      });
    void Promise.all(lookups).then((entries) => current && setNames(Object.fromEntries(entries)));
    return () => {
      current = false;
    };
    // Only a change of the ids asked for needs new look-ups; nameOf is the same API call each time.
  }, [kind, wanted]);
  return (id: string): string => names[id] ?? unnamed(id);
}

/** Product names for ids the orders, shipments and applications carry. */
export function useProductNames(ids: readonly string[]): (id: string) => string {
  const api = useApi();
  return useNames('product', ids, async (id) => (await api.product(id)).name);
}

export function useProducerNames(ids: readonly string[]): (id: string) => string {
  const api = useApi();
  return useNames('producer', ids, async (id) => (await api.producer(id)).name);
}

export function useCountyNames(codes: readonly string[]): (code: string) => string {
  const api = useApi();
  return useNames(
    'county',
    codes,
    async (code) => (await api.county(code)).name,
    (code) => code,
  );
}
