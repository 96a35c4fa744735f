import { useTranslation } from 'react-i18next';
import { Paged } from '../components/Paged';
import { Panel } from '../components/Panel';
import { day } from '../format';
import { useCursorPages } from '../hooks';
import { useApi } from '../session';

/** The e-commerce platforms' storefront listings of the producer's products. */
export function MyListings({ producerId }: { producerId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const pages = useCursorPages((page) => api.producerListings(producerId, page), [producerId], 10);
  return (
    <Panel title={t('On platform storefronts')}>
      <Paged pages={pages} empty={t('No platform lists your products yet.')}>
        {(listings) => (
          <table className="producer-listings">
            <thead>
              <tr>
                <th>{t('Product')}</th>
                <th>{t('Platform')}</th>
                <th>{t('Their SKU')}</th>
                <th>{t('Listed on')}</th>
              </tr>
            </thead>
            <tbody>
              {listings.map((listing) => (
                <tr key={listing.id}>
                  <td>{listing.productName}</td>
                  {/* Named by catalog's register of platforms; one not registered shows by its id. */}
                  <td title={listing.platformId}>{listing.platformName ?? listing.platformId}</td>
                  <td>
                    <code>{listing.externalSku}</code>
                  </td>
                  <td>{day(listing.listedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Paged>
    </Panel>
  );
}
