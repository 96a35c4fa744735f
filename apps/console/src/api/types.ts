/**
 * What the services answer, as their OpenAPI documents declare it: the console reads the types that
 * openapi-typescript generates from them (libs/api-types, `npm run openapi`), as an integrator would,
 * so a change of a view breaks this build.
 */
import type { CatalogApi, CertificationApi, LogisticsApi, MonitoringApi, OrdersApi } from '@hb/api-types';

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

/** Every list answers `{items, nextCursor}`; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

type CatalogSchemas = CatalogApi.components['schemas'];
export type CountyView = CatalogSchemas['CountyView'];
export type RegisterCountyRequest = CatalogSchemas['RegisterCountyRequest'];
export type PlatformView = CatalogSchemas['PlatformView'];
export type RegisterPlatformRequest = CatalogSchemas['RegisterPlatformRequest'];
export type ProducerView = CatalogSchemas['ProducerView'];
export type ProductView = CatalogSchemas['ProductView'];
export type ProductSearchQuery = NonNullable<
  CatalogApi.operations['ProductsController_search']['parameters']['query']
>;
export type ListingView = CatalogSchemas['ListingView'];
export type AddLotRequest = CatalogSchemas['AddLotRequest'];
export type LotView = CatalogSchemas['LotView'];
export type StockView = CatalogSchemas['StockView'];
export type PairingView = CatalogSchemas['PairingView'];
export type ProducerListingView = CatalogSchemas['ProducerListingView'];
export type EmergencySaleView = CatalogSchemas['EmergencySaleView'];
export type OpenEmergencySaleRequest = CatalogSchemas['OpenEmergencySaleRequest'];
export type EmergencySaleReason = EmergencySaleView['reason'];
export type EmergencySaleCloser = NonNullable<EmergencySaleView['closedBy']>;
export type ListEmergencySalesQuery = NonNullable<
  CatalogApi.operations['EmergencySalesController_list']['parameters']['query']
>;
export type LotTraceView = CatalogSchemas['LotTraceView'];
export type TraceReservationStatus = LotTraceView['reservations'][number]['status'];
export type RecallLotRequest = CatalogSchemas['RecallLotRequest'];
export type RecallClass = RecallLotRequest['class'];
export type LotRecallResult = CatalogSchemas['LotRecallResult'];
export type BrandView = CatalogSchemas['BrandView'];
export type BrandDetailView = CatalogSchemas['BrandDetailView'];
export type BrandKind = BrandView['kind'];
export type BrandStatus = BrandView['status'];
export type SubmitBrandRequest = CatalogSchemas['SubmitBrandRequest'];
export type BrandDecisionRequest = CatalogSchemas['BrandDecisionRequest'];
export type BrandDecision = BrandDecisionRequest['decision'];
export type BrandListQuery = NonNullable<
  CatalogApi.operations['BrandsController_catalogue']['parameters']['query']
>;

type OrdersSchemas = OrdersApi.components['schemas'];
/** RFC 9457 problem details, the body of every error the services answer. */
export type Problem = OrdersSchemas['Problem'];
export type BuyerReliefProgress = OrdersSchemas['BuyerReliefProgress'];
export type MonthTotal = OrdersSchemas['MonthTotal'];
export type ReliefSummary = OrdersSchemas['ReliefSummary'];
export type CountyReliefReport = OrdersSchemas['CountyReliefReport'];
export type ReconciliationReport = OrdersSchemas['ReconciliationReport'];
export type ResolveDisputeRequest = OrdersSchemas['ResolveDisputeRequest'];
export type DisputeResolution = ResolveDisputeRequest['resolution'];
export type BuyerKind = OrdersSchemas['BuyerView']['kind'];
export type AcceptLineRequest = OrdersSchemas['AcceptLineRequest'];
export type OrderLineView = OrdersSchemas['OrderLineView'];
export type OrderView = OrdersSchemas['OrderView'];
export type PlaceOrderRequest = OrdersSchemas['PlaceOrderRequest'];
export type EmergencyOfferView = OrdersSchemas['EmergencyOfferView'];
export type RecallView = OrdersSchemas['RecallView'];
export type StandingOrderView = OrdersSchemas['StandingOrderView'];
export type StandingOrderStatus = StandingOrderView['status'];
export type CreateStandingOrderRequest = OrdersSchemas['CreateStandingOrderRequest'];
export type RfqView = OrdersSchemas['RfqView'];
export type RfqStatus = RfqView['status'];
export type QuoteView = OrdersSchemas['QuoteView'];
export type QuoteStatus = QuoteView['status'];
export type CreateRfqRequest = OrdersSchemas['CreateRfqRequest'];
export type SubmitQuoteRequest = OrdersSchemas['SubmitQuoteRequest'];
export type DockingEventView = OrdersSchemas['DockingEventView'];
export type CreateDockingEventRequest = OrdersSchemas['CreateDockingEventRequest'];
export type ExhibitorView = OrdersSchemas['ExhibitorView'];
export type IntentView = OrdersSchemas['IntentView'];
export type RecordIntentRequest = OrdersSchemas['RecordIntentRequest'];
export type OrderIntentRequest = OrdersSchemas['OrderIntentRequest'];
export type DockingEventReport = OrdersSchemas['DockingEventReport'];
export type CountyFairReport = OrdersSchemas['CountyFairReport'];
export type DockingEventWindow = NonNullable<
  NonNullable<OrdersApi.operations['DockingEventsController_list']['parameters']['query']>['when']
>;
export type ListOrdersQuery = NonNullable<
  OrdersApi.operations['OrdersController_list']['parameters']['query']
>;

type LogisticsSchemas = LogisticsApi.components['schemas'];
export type CustodyEventRequest = LogisticsSchemas['CustodyEventRequest'];
export type TemperatureHistoryView = LogisticsSchemas['TemperatureHistoryView'];
export type CustodyView = LogisticsSchemas['CustodyView'];
export type ExcursionView = LogisticsSchemas['ExcursionView'];
export type ShipmentView = LogisticsSchemas['ShipmentView'];
export type ListShipmentsQuery = NonNullable<
  LogisticsApi.operations['ShipmentsController_list']['parameters']['query']
>;

type CertificationSchemas = CertificationApi.components['schemas'];
export type ApplicationView = CertificationSchemas['ApplicationView'];
export type CertificateVerification = CertificationSchemas['CertificateVerification'];
export type ApplicationListQuery = NonNullable<
  CertificationApi.operations['ApplicationsController_list']['parameters']['query']
>;

export type CertificateView = CertificationSchemas['CertificateView'];
export type CertificationBodyView = CertificationSchemas['CertificationBodyView'];

type MonitoringSchemas = MonitoringApi.components['schemas'];
export type AlertView = MonitoringSchemas['AlertView'];
export type AlertKind = AlertView['kind'];
export type AlertSeverity = AlertView['severity'];
export type ListAlertsQuery = NonNullable<
  MonitoringApi.operations['AlertsController_list']['parameters']['query']
>;
export type ProducerRiskView = MonitoringSchemas['ProducerRiskView'];
export type RiskLevel = ProducerRiskView['level'];
export type RiskFactor = MonitoringSchemas['RiskFactorView']['factor'];
export type ListProducerRisksQuery = NonNullable<
  MonitoringApi.operations['RiskController_list']['parameters']['query']
>;

export type { SessionView } from '../../server/sessions';
export type { Role as ConsoleRole } from '@hb/contracts/roles';
