import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
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
import { MeasuresRepository } from './measures.repository';

/** Days of history behind producer risk and "no sales". */
const RISK_WINDOW_DAYS = 90;

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

  /** After an event was applied, in its transaction (unless evaluation on events is off: rebuilding). */
  async afterEvent(tx: EntityManager, touched: Touched, now: Date): Promise<void> {
    if (!this.config.evaluateOnEvents) return;
    // Events of one category arrive on several partitions at once: each evaluation waits for the one
    // before it to commit, so that it measures what that one wrote (one advisory lock per category,
    // always taken in the same order, before any product or producer lock).
    const categories = new Set([...touched.markets.map((m) => m.category), ...touched.categories]);
    for (const category of [...categories].sort()) {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('category:' || $1))`, [category]);
    }
    const markets = [
      ...new Map(touched.markets.map((m) => [`${m.countyCode}:${m.category}`, m])).entries(),
    ].sort();
    for (const [, market] of markets) await this.evaluateMarket(tx, market.countyCode, market.category, now);
    const priced = new Set(touched.products);
    for (const category of [...new Set(touched.categories)].sort()) {
      const reference = await this.referencePrice(tx, category, now);
      if (reference === null) continue;
      const { priceBandLow, priceBandHigh, priceClearMargin } = this.config;
      const band = {
        low: priceBandLow,
        high: priceBandHigh,
        clearLow: priceBandLow + priceClearMargin,
        clearHigh: priceBandHigh - priceClearMargin,
      };
      for (const id of await this.measures.productsToRejudge(tx, category, reference, band)) priced.add(id);
    }
    for (const productId of [...priced].sort()) await this.evaluatePrice(tx, productId, now);
    for (const productId of [...new Set(touched.products)].sort())
      await this.evaluateStock(tx, productId, now);
    for (const producerId of [...new Set(touched.producers)].sort())
      await this.evaluateProducer(tx, producerId, now);
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
    const { recentDays, baselineDays, minDataPoints, hysteresis } = this.config;
    const recentFrom = daysBefore(now, recentDays);
    const baselineFrom = daysBefore(recentFrom, baselineDays);
    const window = { from: utcDay(recentFrom), to: utcDay(daysBefore(now, 0)) };
    const subject = { countyCode, category: category as ProductCategory };

    const recentPrice = await this.measures.medianAcceptedPrice(tx, category, countyCode, recentFrom, now);
    const baselinePrice = await this.measures.medianAcceptedPrice(
      tx,
      category,
      countyCode,
      baselineFrom,
      recentFrom,
    );
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
      },
      lowIsBad(priceRatio, this.config.priceDropRatio, hysteresis),
      severityOfDrop(priceRatio ?? 1, this.config.priceDropRatio),
      now,
    );

    const recentOrders = await this.measures.orderedQuantity(tx, category, countyCode, recentFrom, now);
    const baselineOrders = await this.measures.orderedQuantity(
      tx,
      category,
      countyCode,
      baselineFrom,
      recentFrom,
    );
    const expected = rounded((baselineOrders.value * recentDays) / baselineDays);
    const salesRatio = baselineOrders.points >= minDataPoints ? ratioOf(recentOrders.value, expected) : null;
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
      },
      lowIsBad(salesRatio, this.config.salesSlumpRatio, hysteresis),
      severityOfDrop(salesRatio ?? 1, this.config.salesSlumpRatio),
      now,
    );
  }

  /** unsold_near_expiry of one product. */
  async evaluateStock(tx: EntityManager, productId: string, now: Date): Promise<void> {
    const today = utcDay(now);
    const lastNearDay = utcDay(new Date(now.getTime() + this.config.nearExpiryDays * DAY_MS));
    const stock = await this.measures.stockAt(tx, productId, now, today, lastNearDay);
    if (!stock) return;
    const share = stock.available > 0 ? rounded(stock.nearExpiry / stock.available) : 0;
    await this.decide(
      tx,
      'unsold_near_expiry',
      {
        countyCode: stock.countyCode,
        category: stock.category as ProductCategory,
        producerId: stock.producerId,
      },
      {
        metric: 'near_expiry_share_of_available',
        value: stock.nearExpiry,
        baseline: stock.available,
        ratio: share,
        threshold: this.config.nearExpiryShare,
        from: today,
        to: lastNearDay,
        productId,
        // Emergency sales are opened in catalog (a later issue): the alert says where.
        actionHref: `/v1/products/${productId}/emergency-sales`,
      },
      highIsBad(share, this.config.nearExpiryShare, this.config.hysteresis),
      severityOfExcess(share, this.config.nearExpiryShare),
      now,
    );
  }

  /** Price reasonableness of one product against its category's reference price. */
  async evaluatePrice(tx: EntityManager, productId: string, now: Date): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('price:' || $1))`, [productId]);
    const product = await this.measures.pricedProduct(tx, productId);
    if (!product) return;
    const reference = await this.referencePrice(tx, product.category, now);
    if (reference === null) return;
    const { verdict, ratio } = priceVerdict(product.lowestUnitPriceCents, reference, this.config);
    const current = await this.flags.current(tx, productId);
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

  /** The category's reference price, or null while it rests on too few accepted lines. */
  private async referencePrice(tx: EntityManager, category: string, now: Date): Promise<number | null> {
    const reference = await this.measures.medianAcceptedPrice(
      tx,
      category,
      null,
      daysBefore(now, this.config.referenceDays),
      now,
    );
    return reference.points < this.config.referenceMinDataPoints || reference.value <= 0
      ? null
      : reference.value;
  }

  /** A producer's risk score and level; producer_risk follows the level in and out of `high`. */
  async evaluateProducer(tx: EntityManager, producerId: string, now: Date): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('risk:' || $1))`, [producerId]);
    const countyCode = await this.measures.producerCounty(tx, producerId);
    if (!countyCode) return;
    const scored = score(await this.measures.riskValues(tx, producerId, now, RISK_WINDOW_DAYS));
    const current = await this.risk.current(tx, producerId, true);
    const previousLevel = current?.level ?? 'low';
    const level = nextLevel(previousLevel, scored.score, this.config);
    await this.risk.record(tx, { producerId, countyCode, level, ...scored }, now);
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
    );
  }

  private async decide(
    tx: EntityManager,
    kind: AlertKind,
    about: Omit<AlertSubject, 'kind' | 'evidence'>,
    evidence: AlertEvidence,
    verdict: Verdict,
    severity: AlertSeverity,
    now: Date,
  ): Promise<void> {
    const subject: AlertSubject = { kind, ...about, evidence };
    if (verdict === 'raise') {
      const raised = await this.alerts.raise(tx, subject, severity, now);
      if (raised) await this.outbox.append(tx, event(AlertRaised, alertDataOf(raised), now));
    } else if (verdict === 'clear') {
      const cleared = await this.alerts.clear(tx, subject, now);
      if (cleared) await this.outbox.append(tx, event(AlertCleared, alertDataOf(cleared, evidence), now));
    }
  }
}
