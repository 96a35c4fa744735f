/**
 * What the services answer, as the services declare it: the console reads their DTO types (types
 * only, nothing of the services' code reaches the browser), so a change of a view breaks this build.
 */
export type { Page } from '@hb/platform/http/pagination';
export type { Problem } from '@hb/platform/http/problem';
export type { ServiceName } from '@hb/contracts/services';
export type {
  CertificationScheme,
  PovertyStatus,
  ProductCategory,
  ReservationRejectionReason,
} from '@hb/contracts/catalog/vocabulary';
export type { OrderStatus } from '@hb/contracts/orders/events';
export type { ShipmentStatus, ColdChainVerdict, ExcursionSeverity } from '@hb/contracts/logistics/events';
export type { ApplicationStage } from '@hb/contracts/certification/events';

export type { CountyView, RegisterCountyRequest } from '../../../catalog/src/counties/county.dto';
export type { ProducerView } from '../../../catalog/src/producers/producer.dto';
export type { ProductSearchQuery, ProductView } from '../../../catalog/src/products/product.dto';

export type { BuyerReliefProgress, MonthTotal, ReliefSummary } from '../../../orders/src/relief/relief.dto';
export type {
  AcceptLineRequest,
  ListOrdersQuery,
  OrderLineView,
  OrderView,
  PlaceOrderRequest,
} from '../../../orders/src/orders/order.dto';

export type { CustodyEventRequest } from '../../../logistics/src/custody/custody.dto';
export type { TemperatureHistoryView } from '../../../logistics/src/history/history.dto';
export type {
  CustodyView,
  ExcursionView,
  ListShipmentsQuery,
  ShipmentView,
} from '../../../logistics/src/shipments/shipment.dto';

export type {
  ApplicationListQuery,
  ApplicationView,
} from '../../../certification/src/applications/application.dto';
export type {
  CertificateVerification,
  CertificateView,
} from '../../../certification/src/certificates/certificate.dto';
export type { ListingView } from '../../../catalog/src/listings/listing.dto';
export type { AddLotRequest, LotView, StockView } from '../../../catalog/src/stock/lot.dto';
export type { SessionView } from '../../server/sessions';
export type { Role as ConsoleRole } from '@hb/contracts/roles';
