import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  alertSubject,
  AlertCleared,
  AlertRaised,
  PriceCleared,
  PriceFlagged,
  ProducerRiskChanged,
  type AlertEvidence,
  type AlertKind,
  type AlertSeverity,
  type ProductCategory,
} from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import { DAY_MS, daysBefore, utcDay } from '@hb/platform';
import { alertDataOf, AlertsRepository, type AlertSubject } from '../alerts/alerts.repository';
import {
  highIsBad,
  lowIsBad,
  ratioOf,
  rounded,
  severityOfDrop,
  severityOfExcess,
  type Verdict,
} from '../alerts/rules';
import { MONITORING_CONFIG, type MonitoringConfig } from '../monitoring.config';
import { priceVerdict } from '../prices/price-band';
import { PriceFlagsRepository } from '../prices/price-flags.repository';
import { ProducerRiskRepository } from '../risk/producer-risk.repository';
import { nextLevel, score } from '../risk/risk-score';
import type { Touched } from '../read-model/touched';
import { MeasuresRepository, type Serialised } from './measures.repository';

/** Catalog's route that opens an emergency sale (`POST`, with the evidence's productId). */
const OPEN_EMERGENCY_SALE_HREF = '/v1/emergency-sales';

/** Days of history behind producer risk and "no sales". */
const RISK_WINDOW_DAYS = 90;

const MARKET_KINDS = ['price_drop', 'sales_slump'] as const;

/** alertSubject() of a rule's subject that names no product. */
const subjectKey = (kind: AlertKind, about: Omit<AlertSubject, 'kind' | 'evidence'>): string =>
  alertSubject({ kind, ...about, evidence: {} as AlertEvidence });

/**
 * Evaluates the rules (early warning, price reasonableness, producer risk) for what an event
 * touched, or for everything (the daily sweep), at the instant it is given. Every change of a
 * finding is written with its event in the caller's transaction; findings that did not change
 * announce nothing, so evaluating twice (replicas, redelivery, the sweep after the events) is harmless.
 */
@Injectable()
export class EvaluationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly measures: MeasuresRepository,
    private readonly alerts: AlertsRepository,
    private readonly flags: PriceFlagsRepository,
    private readonly risk: ProducerRiskRepository,
    private readonly outbox: Outbox,
    @Inject(MONITORING_CONFIG) private readonly config: MonitoringConfig,
  ) {}

  /**
   * After events were applied, in their transaction (unless evaluation on events is off: rebuilding):
   * the rules about what they touched, each subject once, the measures of all markets in one
   * statement and those of all producers in another.
   */
  async afterEvent(tx: EntityManager, touched: Touched, now: Date): Promise<void> {
    if (!this.config.evaluateOnEvents) return;
    // Events of one market arrive on several partitions at once: each evaluation waits for the one
    // before it to commit, so that it measures what that one wrote. A category's reference price
    // moves with the accepted lines of all its counties: those events also wait for each other, by
    // category. Category locks first, then market locks, each in sorted order, before any product or
    // producer lock of the evaluation; orders placed in different counties do not wait for each other.
    const categories = [...new Set(touched.categories)].sort();
    const markets = [
      ...new Map(touched.markets.map((m) => [`${m.countyCode}:${m.category}`, m])).entries(),
    ].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    await this.measures.serialiseAll(tx, [
      ...categories.map((category): Serialised => ['category', category]),
      ...markets.map(([subject]): Serialised => ['market', subject]),
    ]);
    await this.evaluateMarkets(
      tx,
      markets.map(([, market]) => market),
      now,
    );
    const priced = new Set(touched.products);
    const { priceBandLow, priceBandHigh, priceClearMargin } = this.config;
    const band = {
      low: priceBandLow,
      high: priceBandHigh,
      clearLow: priceBandLow + priceClearMargin,
      clearHigh: priceBandHigh - priceClearMargin,
    };
    const references = await this.referencePrices(tx, categories, now);
    for (const id of await this.measures.productsToRejudge(tx, references, band)) priced.add(id);
    await this.evaluatePrices(tx, [...priced].sort(), now);
    await this.evaluateStocks(tx, [...new Set(touched.products)].sort(), now);
    await this.evaluateProducers(tx, [...new Set(touched.producers)].sort(), now);
  }

  /** Every market, product and producer, each in a transaction of its own. */
  async evaluateEverything(now: Date): Promise<void> {
    const all = await this.measures.everything(this.dataSource.manager);
    for (const market of all.markets) {
      await this.dataSource.transaction((tx) =>
        this.evaluateMarket(tx, market.countyCode, market.category, now),
      );
    }
    for (const productId of all.products) {
      await this.dataSource.transaction(async (tx) => {
        await this.evaluatePrice(tx, productId, now);
        await this.evaluateStock(tx, productId, now);
      });
    }
    for (const producerId of all.producers) {
      await this.dataSource.transaction((tx) => this.evaluateProducer(tx, producerId, now));
    }
  }

  /** price_drop and sales_slump of one county's category. */
  async evaluateMarket(tx: EntityManager, countyCode: string, category: string, now: Date): Promise<void> {
    await this.evaluateMarkets(tx, [{ countyCode, category }], now);
  }

  /** price_drop and sales_slump of each market, measured in one statement. */
  private async evaluateMarkets(
    tx: EntityManager,
    markets: readonly { countyCode: string; category: string }[],
    now: Date,
  ): Promise<void> {
    if (markets.length === 0) return;
    const { recentDays, baselineDays, minDataPoints, hysteresis } = this.config;
    const recentFrom = daysBefore(now, recentDays);
    const baselineFrom = daysBefore(recentFrom, baselineDays);
    const window = { from: utcDay(recentFrom), to: utcDay(daysBefore(now, 0)) };
    const measured = await this.measures.marketMeasures(tx, markets, baselineFrom, recentFrom, now);
    const open = await this.alerts.openOf(
      tx,
      measured.flatMap(({ countyCode, category }) =>
        MARKET_KINDS.map((kind) => subjectKey(kind, { countyCode, category: category as ProductCategory })),
      ),
    );
    for (const {
      countyCode,
      category,
      recentPrice,
      baselinePrice,
      recentOrders,
      baselineOrders,
    } of measured) {
      const subject = { countyCode, category: category as ProductCategory };
      const importedPrices = rounded(recentPrice.imported + baselinePrice.imported);
      const priceRatio =
        recentPrice.points >= minDataPoints && baselinePrice.points >= minDataPoints
          ? ratioOf(recentPrice.value, baselinePrice.value)
          : null;
      await this.decide(
        tx,
        'price_drop',
        subject,
        {
          metric: 'median_accepted_unit_price_cents',
          value: recentPrice.value,
          baseline: baselinePrice.value,
          ratio: priceRatio,
          threshold: this.config.priceDropRatio,
          ...window,
          ...(importedPrices > 0 ? { importedDataPoints: importedPrices } : {}),
        },
        lowIsBad(priceRatio, this.config.priceDropRatio, hysteresis),
        severityOfDrop(priceRatio ?? 1, this.config.priceDropRatio),
        now,
        open,
      );

      const importedOrders = rounded(recentOrders.imported + baselineOrders.imported);
      const expected = rounded((baselineOrders.value * recentDays) / baselineDays);
      const salesRatio =
        baselineOrders.points >= minDataPoints ? ratioOf(recentOrders.value, expected) : null;
      await this.decide(
        tx,
        'sales_slump',
        subject,
        {
          metric: 'ordered_quantity',
          value: recentOrders.value,
          baseline: expected,
          ratio: salesRatio,
          threshold: this.config.salesSlumpRatio,
          ...window,
          ...(importedOrders > 0 ? { importedDataPoints: importedOrders } : {}),
        },
        lowIsBad(salesRatio, this.config.salesSlumpRatio, hysteresis),
        severityOfDrop(salesRatio ?? 1, this.config.salesSlumpRatio),
        now,
        open,
      );
    }
  }

  /**
   * unsold_near_expiry of one product. An open emergency sale of the product answers the alert (its
   * producer or county acted on the stock): it clears an open one and raises none while it lasts;
   * once it closes, stock still near expiry raises a new episode.
   */
  async evaluateStock(tx: EntityManager, productId: string, now: Date): Promise<void> {
    await this.evaluateStocks(tx, [productId], now);
  }

  /** evaluateStock() of each product (in the order given), measured in one statement. */
  private async evaluateStocks(tx: EntityManager, productIds: readonly string[], now: Date): Promise<void> {
    if (productIds.length === 0) return;
    // A level and a sale of one product arrive on different topics: the later evaluation waits for
    // the earlier one to commit, so it sees both.
    await this.measures.serialiseAll(
      tx,
      productIds.map((id): Serialised => ['stock', id]),
    );
    const today = utcDay(now);
    const lastNearDay = utcDay(new Date(now.getTime() + this.config.nearExpiryDays * DAY_MS));
    const stocks = await this.measures.stocksAt(tx, productIds, now, today, lastNearDay);
    const judged = productIds.flatMap((productId) => {
      const stock = stocks.get(productId.toLowerCase());
      if (!stock) return [];
      const about = {
        countyCode: stock.countyCode,
        category: stock.category as ProductCategory,
        producerId: stock.producerId,
      };
      return [{ productId, stock, about }];
    });
    const open = await this.alerts.openOf(
      tx,
      judged.map(({ productId, about }) =>
        alertSubject({ kind: 'unsold_near_expiry', ...about, evidence: { productId } as AlertEvidence }),
      ),
    );
    for (const { productId, stock, about } of judged) {
      const share = stock.available > 0 ? rounded(stock.nearExpiry / stock.available) : 0;
      const verdict = stock.openSaleId
        ? 'clear'
        : highIsBad(share, this.config.nearExpiryShare, this.config.hysteresis);
      await this.decide(
        tx,
        'unsold_near_expiry',
        about,
        {
          metric: 'near_expiry_share_of_available',
          value: stock.nearExpiry,
          baseline: stock.available,
          ratio: share,
          threshold: this.config.nearExpiryShare,
          from: today,
          to: lastNearDay,
          productId,
          ...(stock.openSaleId
            ? { emergencySaleId: stock.openSaleId }
            : { actionHref: OPEN_EMERGENCY_SALE_HREF }),
        },
        verdict,
        severityOfExcess(share, this.config.nearExpiryShare),
        now,
        open,
      );
    }
  }

  /** Price reasonableness of one product against its category's reference price. */
  async evaluatePrice(tx: EntityManager, productId: string, now: Date): Promise<void> {
    await this.evaluatePrices(tx, [productId], now);
  }

  /** evaluatePrice() of each product (in the order given): products, references and flags read in one statement each. */
  private async evaluatePrices(tx: EntityManager, productIds: readonly string[], now: Date): Promise<void> {
    if (productIds.length === 0) return;
    await this.measures.serialiseAll(
      tx,
      productIds.map((id): Serialised => ['price', id]),
    );
    const products = await this.measures.pricedProducts(tx, productIds);
    const references = await this.referencePrices(
      tx,
      [...new Set([...products.values()].map((product) => product.category))].sort(),
      now,
    );
    const judged = productIds.flatMap((productId) => {
      const product = products.get(productId.toLowerCase());
      const reference = product && references.get(product.category);
      return product && reference !== undefined ? [{ productId, product, reference }] : [];
    });
    const flags = await this.flags.currentOf(
      tx,
      judged.map(({ productId }) => productId),
    );
    for (const { productId, product, reference } of judged) {
      const { verdict, ratio } = priceVerdict(product.lowestUnitPriceCents, reference, this.config);
      const current = flags.get(productId.toLowerCase());
      const data = {
        productId,
        unitPriceCents: product.lowestUnitPriceCents,
        referenceCents: reference,
        ratio,
      };
      if (
        verdict === 'flag' &&
        (!current?.flagged || current.unitPriceCents !== product.lowestUnitPriceCents)
      ) {
        await this.flags.record(tx, data, true, now);
        await this.outbox.append(tx, event(PriceFlagged, data, now));
      } else if (verdict === 'clear' && current?.flagged) {
        await this.flags.record(tx, data, false, now);
        await this.outbox.append(tx, event(PriceCleared, data, now));
      }
    }
  }

  /**
   * The reference price of each category, in one statement; absent while it rests on too few
   * accepted lines.
   */
  private async referencePrices(
    tx: EntityManager,
    categories: readonly string[],
    now: Date,
  ): Promise<Map<string, number>> {
    const measured = await this.measures.medianAcceptedPrices(
      tx,
      categories,
      daysBefore(now, this.config.referenceDays),
      now,
    );
    const references = new Map<string, number>();
    for (const [category, reference] of measured) {
      if (reference.points >= this.config.referenceMinDataPoints && reference.value > 0)
        references.set(category, reference.value);
    }
    return references;
  }

  /** A producer's risk score and level; producer_risk follows the level in and out of `high`. */
  async evaluateProducer(tx: EntityManager, producerId: string, now: Date): Promise<void> {
    await this.evaluateProducers(tx, [producerId], now);
  }

  /** evaluateProducer() of each producer (in the order given), measured in one statement, recorded in another. */
  private async evaluateProducers(
    tx: EntityManager,
    producerIds: readonly string[],
    now: Date,
  ): Promise<void> {
    if (producerIds.length === 0) return;
    await this.measures.serialiseAll(
      tx,
      producerIds.map((id): Serialised => ['risk', id]),
    );
    const measured = await this.measures.producerRisks(tx, producerIds, now, RISK_WINDOW_DAYS);
    const known = producerIds.flatMap((producerId) => {
      const countyCode = measured.get(producerId)?.countyCode;
      return countyCode ? [{ producerId, countyCode, values: measured.get(producerId)!.values }] : [];
    });
    const current = await this.risk.currentOf(
      tx,
      known.map(({ producerId }) => producerId),
    );
    const open = await this.alerts.openOf(
      tx,
      known.map(({ producerId, countyCode }) => subjectKey('producer_risk', { countyCode, producerId })),
    );
    const judged = known.map(({ producerId, countyCode, values }) => {
      const scored = score(values);
      const previousLevel = current.get(producerId)?.level ?? 'low';
      return {
        producerId,
        countyCode,
        previousLevel,
        level: nextLevel(previousLevel, scored.score, this.config),
        ...scored,
      };
    });
    await this.risk.recordAll(tx, judged, now);
    for (const { producerId, countyCode, level, previousLevel, ...scored } of judged) {
      if (level !== previousLevel) {
        await this.outbox.append(
          tx,
          event(ProducerRiskChanged, { producerId, countyCode, level, previousLevel, ...scored }, now),
        );
      }
      await this.decide(
        tx,
        'producer_risk',
        { countyCode, producerId },
        {
          metric: 'risk_score',
          value: scored.score,
          baseline: null,
          ratio: null,
          threshold: this.config.riskHighScore,
          from: utcDay(daysBefore(now, RISK_WINDOW_DAYS)),
          to: utcDay(now),
        },
        level === 'high' ? 'raise' : 'clear',
        'critical',
        now,
        open,
      );
    }
  }

  private async decide(
    tx: EntityManager,
    kind: AlertKind,
    about: Omit<AlertSubject, 'kind' | 'evidence'>,
    evidence: AlertEvidence,
    verdict: Verdict,
    severity: AlertSeverity,
    now: Date,
    /** The subjects (alertSubject()) with an open alert, when known: a decision that changes nothing is skipped. */
    open?: ReadonlySet<string>,
  ): Promise<void> {
    const subject: AlertSubject = { kind, ...about, evidence };
    if (open && (verdict === 'raise') === open.has(alertSubject(subject))) return;
    if (verdict === 'raise') {
      const raised = await this.alerts.raise(tx, subject, severity, now);
      if (raised) await this.outbox.append(tx, event(AlertRaised, alertDataOf(raised), now));
    } else if (verdict === 'clear') {
      const cleared = await this.alerts.clear(tx, subject, now);
      if (cleared) await this.outbox.append(tx, event(AlertCleared, alertDataOf(cleared, evidence), now));
    }
  }
}
