import type { MigrationClass } from '@hb/platform';
import { CatalogSchema1764300000000 } from './1764300000000-catalog-schema';
import { CertificateValidFrom1764330000000 } from './1764330000000-certificate-valid-from';
import { Pairings1764400000000 } from './1764400000000-pairings';
import { LotExpiryAnnounced1764400000000 } from './1764400000000-lot-expiry-announced';
import { PriceReview1764410000000 } from './1764410000000-price-review';
import { EmergencySales1765190000000 } from './1765190000000-emergency-sales';
import { LotRecalls1765210000000 } from './1765210000000-lot-recalls';
import { Brands1765362000000 } from './1765362000000-brands';
import { ProductGtin1765400000000 } from './1765400000000-product-gtin';
import { Platforms1765500000000 } from './1765500000000-platforms';
import { ProductChangeNotices1765600000000 } from './1765600000000-product-change-notices';

/** Catalog schema migrations, oldest first (the shared messaging tables run before them). */
export const catalogMigrations: MigrationClass[] = [
  CatalogSchema1764300000000,
  CertificateValidFrom1764330000000,
  Pairings1764400000000,
  LotExpiryAnnounced1764400000000,
  PriceReview1764410000000,
  EmergencySales1765190000000,
  LotRecalls1765210000000,
  Brands1765362000000,
  ProductGtin1765400000000,
  Platforms1765500000000,
  ProductChangeNotices1765600000000,
];
