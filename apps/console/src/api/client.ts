import { ApiProblem, type Source } from './problem';
import type {
  AcceptLineRequest,
  BrandDecisionRequest,
  BrandDetailView,
  BrandListQuery,
  BrandView,
  CreateDockingEventRequest,
  DockingEventReport,
  DockingEventView,
  DockingEventWindow,
  ExhibitorView,
  IntentView,
  OrderIntentRequest,
  RecordIntentRequest,
  SubmitBrandRequest,
  CreateRfqRequest,
  CreateStandingOrderRequest,
  EmergencyOfferView,
  EmergencySaleView,
  ListEmergencySalesQuery,
  LotRecallResult,
  LotTraceView,
  OpenEmergencySaleRequest,
  ProducerListingView,
  QuoteView,
  RecallLotRequest,
  RecallView,
  RfqStatus,
  RfqView,
  StandingOrderView,
  SubmitQuoteRequest,
  AlertView,
  CertificationBodyView,
  CountyReliefReport,
  ListAlertsQuery,
  ListProducerRisksQuery,
  PairingView,
  ProducerRiskView,
  ReconciliationReport,
  ResolveDisputeRequest,
  ApplicationListQuery,
  ApplicationStage,
  AddLotRequest,
  ApplicationView,
  BuyerReliefProgress,
  CertificateView,
  ListingView,
  RegisterCountyRequest,
  PlatformView,
  RegisterPlatformRequest,
  StockView,
  CertificateVerification,
  ConsoleRole,
  CountyView,
  CustodyEventRequest,
  ListOrdersQuery,
  ListShipmentsQuery,
  OrderView,
  Page,
  PlaceOrderRequest,
  Problem,
  ProducerView,
  ProductSearchQuery,
  ProductView,
  ReliefSummary,
  ServiceName,
  SessionView,
  ShipmentView,
  TemperatureHistoryView,
} from './types';

type QueryValue = string | number | boolean | readonly string[] | undefined | null;
export type Query = Record<string, QueryValue>;

/** A page request: the cursor of the page (none for the first) and how many items. */
export interface PageRequest {
  cursor?: string;
  limit?: number;
}

type Filters<T> = { [K in Exclude<keyof T, keyof PageRequest>]?: T[K] };

interface Call {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
}

function queryString(query: Query = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined; // not JSON (a proxy's error page): the status says enough
  }
}

/** The session's cookie goes with every call (same origin); changes also carry its CSRF token. */
async function send<T>(source: Source, url: string, csrfToken: string | null, call: Call): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: call.method ?? 'GET',
      headers: {
        accept: 'application/json',
        ...(csrfToken && call.method && call.method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
        ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...call.headers,
      },
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    });
  } catch {
    throw ApiProblem.unreachable(source);
  }
  const body = parseJson(await response.text());
  if (!response.ok) {
    const problem =
      typeof body === 'object' && body !== null && 'status' in body
        ? (body as Problem)
        : { type: 'about:blank', title: response.statusText, status: response.status };
    throw new ApiProblem(problem, source);
  }
  return body as T;
}

/**
 * Every call the console makes, typed with the services' own views. Calls go to the console server,
 * which passes /api/<service>/v1/… on to the service with the token of the session (kept there).
 */
export class ApiClient {
  constructor(private readonly csrfToken: string | null) {}

  protected call<T>(service: ServiceName, path: string, call: Call = {}): Promise<T> {
    return send<T>(service, `api/${service}/v1${path}${queryString(call.query)}`, this.csrfToken, call);
  }

  // The console server

  /** Who is signed in (401 when nobody is). */
  static session(): Promise<SessionView> {
    return send('console', 'auth/session', null, {});
  }

  static signInOptions(): Promise<{ oidc: boolean; development: boolean }> {
    return send('console', 'auth/options', null, {});
  }

  static identities(): Promise<{ role: ConsoleRole; description: string }[]> {
    return send('console', 'auth/identities', null, {});
  }

  /** A development sign-in (HB_DEV_AUTH=1 only) as the demo's person of a role. */
  static developmentSignIn(role: ConsoleRole): Promise<SessionView> {
    return send('console', 'auth/sign-in', null, { method: 'POST', body: { role } });
  }

  signOut(): Promise<{ redirectTo: string }> {
    return send('console', 'auth/sign-out', this.csrfToken, { method: 'POST' });
  }

  // Public

  reliefSummary(period: { from?: string; to?: string }): Promise<ReliefSummary> {
    return this.call('orders', '/relief/summary', { query: period });
  }

  verifyCertificate(number: string): Promise<CertificateVerification> {
    return this.call('certification', `/certificates/${encodeURIComponent(number)}`);
  }

  // Catalogue

  products(filters: Filters<ProductSearchQuery>, page: PageRequest): Promise<Page<ProductView>> {
    return this.call('catalog', '/products', { query: { ...filters, ...page } });
  }

  product(id: string): Promise<ProductView> {
    return this.call('catalog', `/products/${id}`);
  }

  producer(id: string): Promise<ProducerView> {
    return this.call('catalog', `/producers/${id}`);
  }

  county(code: string): Promise<CountyView> {
    return this.call('catalog', `/counties/${code}`);
  }

  // The brand catalogue (public: admitted brands only)

  brands(filters: Filters<BrandListQuery>, page: PageRequest): Promise<Page<BrandView>> {
    return this.call('catalog', '/brands', { query: { ...filters, ...page } });
  }

  brand(id: string): Promise<BrandDetailView> {
    return this.call('catalog', `/brands/${id}`);
  }

  // Docking fairs (any signed-in caller reads them)

  dockingEvents(filters: { when?: DockingEventWindow }, page: PageRequest): Promise<Page<DockingEventView>> {
    return this.call('orders', '/docking-events', { query: { ...filters, ...page } });
  }

  exhibitors(eventId: string, page: PageRequest): Promise<Page<ExhibitorView>> {
    return this.call('orders', `/docking-events/${eventId}/exhibitors`, { query: { ...page } });
  }

  /** A buyer's own intents, a producer's products', a county official's county's, all for administrators. */
  intents(eventId: string, page: PageRequest): Promise<Page<IntentView>> {
    return this.call('orders', `/docking-events/${eventId}/intents`, { query: { ...page } });
  }

  // Producers

  stock(productId: string): Promise<StockView> {
    return this.call('catalog', `/products/${productId}/stock`);
  }

  addLot(productId: string, lot: AddLotRequest): Promise<unknown> {
    return this.call('catalog', `/products/${productId}/lots`, { method: 'POST', body: lot });
  }

  /** Names an admitted brand on a product, or none (null). */
  nameBrand(productId: string, brandId: string | null): Promise<ProductView> {
    return this.call('catalog', `/products/${productId}`, { method: 'PATCH', body: { brandId } });
  }

  /** A producer its own enterprise or product brand, a county official its county's regional one. */
  submitBrand(brand: SubmitBrandRequest): Promise<BrandView> {
    return this.call('catalog', '/brands', { method: 'POST', body: brand });
  }

  /** A booth at a fair for the producer itself, at the fee less its county's reduction. */
  takeBooth(eventId: string): Promise<ExhibitorView> {
    return this.call('orders', `/docking-events/${eventId}/exhibitors`, { method: 'POST', body: {} });
  }

  /** The producer's own brands in every status (the catalogue shows only the admitted ones), newest first. */
  producerBrands(producerId: string, page: PageRequest): Promise<Page<BrandView>> {
    return this.call('catalog', `/producers/${producerId}/brands`, { query: { ...page } });
  }

  /** The platforms' storefront listings of the producer's products. */
  producerListings(producerId: string, page: PageRequest): Promise<Page<ProducerListingView>> {
    return this.call('catalog', `/producers/${producerId}/listings`, { query: { ...page } });
  }

  emergencySales(
    filters: Filters<ListEmergencySalesQuery>,
    page: PageRequest,
  ): Promise<Page<EmergencySaleView>> {
    return this.call('catalog', '/emergency-sales', { query: { ...filters, ...page } });
  }

  openEmergencySale(sale: OpenEmergencySaleRequest): Promise<EmergencySaleView> {
    return this.call('catalog', '/emergency-sales', { method: 'POST', body: sale });
  }

  closeEmergencySale(id: string): Promise<EmergencySaleView> {
    return this.call('catalog', `/emergency-sales/${id}/close`, { method: 'POST' });
  }

  /** A lot and every order it was reserved for (its producer, administrators). */
  lotTrace(lotId: string): Promise<LotTraceView> {
    return this.call('catalog', `/lots/${lotId}/trace`);
  }

  recallLot(lotId: string, recall: RecallLotRequest): Promise<LotRecallResult> {
    return this.call('catalog', `/lots/${lotId}/recall`, { method: 'POST', body: recall });
  }

  /** Open requests for quotation of the producer's categories and those it quoted on. */
  rfqs(filters: { status?: RfqStatus }, page: PageRequest): Promise<Page<RfqView>> {
    return this.call('orders', '/rfqs', { query: { ...filters, ...page } });
  }

  /** With its quotes: every one for its buyer, only its own for a producer. */
  rfq(id: string): Promise<RfqView> {
    return this.call('orders', `/rfqs/${id}`);
  }

  quote(rfqId: string, quote: SubmitQuoteRequest): Promise<QuoteView> {
    return this.call('orders', `/rfqs/${rfqId}/quotes`, { method: 'POST', body: quote });
  }

  certificates(page: PageRequest): Promise<Page<CertificateView>> {
    return this.call('certification', '/certificates', { query: { ...page } });
  }

  // Platforms

  listings(page: PageRequest): Promise<Page<ListingView>> {
    return this.call('catalog', '/listings', { query: { ...page } });
  }

  createListing(productId: string, externalSku: string): Promise<ListingView> {
    return this.call('catalog', '/listings', { method: 'POST', body: { productId, externalSku } });
  }

  removeListing(id: string): Promise<unknown> {
    return this.call('catalog', `/listings/${id}`, { method: 'DELETE' });
  }

  // Administrators

  counties(page: PageRequest): Promise<Page<CountyView>> {
    return this.call('catalog', '/counties', { query: { ...page } });
  }

  registerCounty(county: RegisterCountyRequest): Promise<CountyView> {
    return this.call('catalog', '/counties', { method: 'POST', body: county });
  }

  platforms(page: PageRequest): Promise<Page<PlatformView>> {
    return this.call('catalog', '/platforms', { query: { ...page } });
  }

  registerPlatform(platform: RegisterPlatformRequest): Promise<PlatformView> {
    return this.call('catalog', '/platforms', { method: 'POST', body: platform });
  }

  producers(filters: { countyCode?: string }, page: PageRequest): Promise<Page<ProducerView>> {
    return this.call('catalog', '/producers', { query: { ...filters, ...page } });
  }

  pairings(filters: { assistedCountyCode?: string }, page: PageRequest): Promise<Page<PairingView>> {
    return this.call('catalog', '/pairings', { query: { ...filters, ...page } });
  }

  certificationBodies(page: PageRequest): Promise<Page<CertificationBodyView>> {
    return this.call('certification', '/certification-bodies', { query: { ...page } });
  }

  brandQueue(page: PageRequest): Promise<Page<BrandView>> {
    return this.call('catalog', '/brands/queue', { query: { ...page } });
  }

  decideBrand(id: string, decision: BrandDecisionRequest): Promise<BrandView> {
    return this.call('catalog', `/brands/${id}/decision`, { method: 'POST', body: decision });
  }

  createDockingEvent(fair: CreateDockingEventRequest): Promise<DockingEventView> {
    return this.call('orders', '/docking-events', { method: 'POST', body: fair });
  }

  /** A fair by county (a county official: its county's row only). */
  dockingEventReport(id: string): Promise<DockingEventReport> {
    return this.call('orders', `/docking-events/${id}/report`);
  }

  resolveDispute(orderId: string, resolution: ResolveDisputeRequest): Promise<OrderView> {
    return this.call('orders', `/orders/${orderId}/dispute/resolve`, { method: 'POST', body: resolution });
  }

  // County officials (and administrators)

  countyRelief(code: string, period: { from?: string; to?: string }): Promise<CountyReliefReport> {
    return this.call('orders', `/relief/counties/${code}`, { query: period });
  }

  reconciliation(period: { from?: string; to?: string }): Promise<ReconciliationReport> {
    return this.call('orders', '/relief/reconciliation', { query: period });
  }

  alerts(filters: Filters<ListAlertsQuery>, page: PageRequest): Promise<Page<AlertView>> {
    return this.call('monitoring', '/alerts', { query: { ...filters, ...page } });
  }

  acknowledgeAlert(id: string): Promise<AlertView> {
    return this.call('monitoring', `/alerts/${id}/acknowledge`, { method: 'POST' });
  }

  producerRisks(
    filters: Filters<ListProducerRisksQuery>,
    page: PageRequest,
  ): Promise<Page<ProducerRiskView>> {
    return this.call('monitoring', '/risk/producers', { query: { ...filters, ...page } });
  }

  /** A producer's risk (its own, or one of the county's for its official, any for administrators). */
  producerRisk(producerId: string): Promise<ProducerRiskView> {
    return this.call('monitoring', `/producers/${producerId}/risk`);
  }

  // Buyers

  placeOrder(order: PlaceOrderRequest, idempotencyKey: string): Promise<OrderView> {
    return this.call('orders', '/orders', {
      method: 'POST',
      body: order,
      headers: { 'idempotency-key': idempotencyKey },
    });
  }

  orders(filters: Filters<ListOrdersQuery>, page: PageRequest): Promise<Page<OrderView>> {
    return this.call('orders', '/orders', { query: { ...filters, ...page } });
  }

  order(id: string): Promise<OrderView> {
    return this.call('orders', `/orders/${id}`);
  }

  /** All lines accepted (no `lines`), or some refused in part or whole: the order is then disputed. */
  acceptDelivery(id: string, lines?: AcceptLineRequest[]): Promise<OrderView> {
    return this.call('orders', `/orders/${id}/accept`, { method: 'POST', body: lines ? { lines } : {} });
  }

  emergencyOffers(page: PageRequest): Promise<Page<EmergencyOfferView>> {
    return this.call('orders', '/emergency-offers', { query: { ...page } });
  }

  /** Recalled lots that reached the buyer's orders (administrators: any buyer's, or one lot's). */
  recalls(filters: { lotId?: string }, page: PageRequest): Promise<Page<RecallView>> {
    return this.call('orders', '/recalls', { query: { ...filters, ...page } });
  }

  standingOrders(page: PageRequest): Promise<Page<StandingOrderView>> {
    return this.call('orders', '/standing-orders', { query: { ...page } });
  }

  createStandingOrder(standingOrder: CreateStandingOrderRequest): Promise<StandingOrderView> {
    return this.call('orders', '/standing-orders', { method: 'POST', body: standingOrder });
  }

  moveStandingOrder(id: string, action: 'pause' | 'resume' | 'cancel'): Promise<StandingOrderView> {
    return this.call('orders', `/standing-orders/${id}/${action}`, { method: 'POST' });
  }

  createRfq(rfq: CreateRfqRequest): Promise<RfqView> {
    return this.call('orders', '/rfqs', { method: 'POST', body: rfq });
  }

  award(rfqId: string, quoteId: string): Promise<RfqView> {
    return this.call('orders', `/rfqs/${rfqId}/award`, { method: 'POST', body: { quoteId } });
  }

  recordIntent(eventId: string, intent: RecordIntentRequest): Promise<IntentView> {
    return this.call('orders', `/docking-events/${eventId}/intents`, { method: 'POST', body: intent });
  }

  /** The intent as an ordinary order, once (asked again: the same order). */
  orderIntent(intentId: string, order: OrderIntentRequest = {}): Promise<OrderView> {
    return this.call('orders', `/intents/${intentId}/order`, { method: 'POST', body: order });
  }

  buyerRelief(buyerId: string): Promise<BuyerReliefProgress> {
    return this.call('orders', `/relief/buyers/${buyerId}`);
  }

  // Operators

  shipments(filters: Filters<ListShipmentsQuery>, page: PageRequest): Promise<Page<ShipmentView>> {
    return this.call('logistics', '/shipments', { query: { ...filters, ...page } });
  }

  shipment(id: string): Promise<ShipmentView> {
    return this.call('logistics', `/shipments/${id}`);
  }

  claimShipment(id: string): Promise<ShipmentView> {
    return this.call('logistics', `/shipments/${id}/claim`, { method: 'POST' });
  }

  recordCustody(id: string, event: CustodyEventRequest): Promise<ShipmentView> {
    return this.call('logistics', `/shipments/${id}/events`, { method: 'POST', body: event });
  }

  temperature(id: string, bucket: string): Promise<TemperatureHistoryView> {
    return this.call('logistics', `/shipments/${id}/temperature`, { query: { bucket } });
  }

  // Certifiers

  applications(filters: Filters<ApplicationListQuery>, page: PageRequest): Promise<Page<ApplicationView>> {
    return this.call('certification', '/applications', { query: { ...filters, ...page } });
  }

  moveApplication(id: string, to: ApplicationStage, note?: string): Promise<ApplicationView> {
    return this.call('certification', `/applications/${id}/transitions`, {
      method: 'POST',
      body: { to, ...(note ? { note } : {}) },
    });
  }
}
