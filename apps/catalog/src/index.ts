/**
 * The catalog's public module: what tests and benchmarks may use of it. They start the service as
 * main.ts does, call it over HTTP, read its DTO types, and drive its sweeps directly instead of waiting
 * for their timers. Anything else under src/ is the service's own (ESLint refuses it outside the app).
 */
export { catalogService } from './service';
export { CatalogModule } from './catalog.module';
export type { BrandDetailView, BrandView } from './brands/brand.dto';
export type { EmergencySaleView } from './emergency-sales/emergency-sale.dto';
export type { CreateProductRequest, ProductView } from './products/product.dto';
export type { StockView } from './stock/lot.dto';
// Commands and queries the benchmarks call in-process.
export { ProductsService } from './products/products.service';
export { ProductTags } from './products/product-tags';
export { PRODUCT_TAGS_APPLICATION_NAME } from './products/product-changes.repository';
export { productSearchQuery } from './products/product-search';
// What the fair reference of bench/http-edge.ts runs to answer a product read as the catalog does.
export { canSeeProduct } from './products/product-access';
export { productByIdQuery, type ProductRow } from './products/product-search';
export { toProductView } from './products/product.dto';
// Sweeps the tests run on demand.
export { EmergencySalesService } from './emergency-sales/emergency-sales.service';
export { LotExpiryService } from './stock/lot-expiry.service';
export { StockReservationsService } from './stock/stock-reservations.service';
