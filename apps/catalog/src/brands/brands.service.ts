import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import {
  BrandAdmitted,
  BrandRejected,
  BrandSubmitted,
  type BrandDecision,
  type Principal,
} from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import {
  Clock,
  creationPosition,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  ForbiddenError,
  isUniqueViolation,
  NotFoundError,
  type Page,
  pageOf,
  RequestValidationError,
  utcDay,
} from '@hb/platform';
import { producerOf } from '../products/product-access';
import { toProductView } from '../products/product.dto';
import { submissionRefusal } from './brand-access';
import { BRAND_LIFECYCLE, TRIGGER_OF } from './brand-lifecycle';
import {
  BrandNameTaken,
  GeographicalIndicationNotForKind,
  OwnerNotOfCounty,
  UnknownCounty,
} from './brand.errors';
import {
  toBrandView,
  type BrandDecisionRequest,
  type BrandDetailView,
  type BrandListQuery,
  type BrandView,
  type ProducerBrandsQuery,
  type SubmitBrandRequest,
} from './brand.dto';
import { BrandRepository, type BrandPosition, type BrandRow } from './brand.repository';

/** Products shown with a brand; the rest are paged through GET /v1/products?brandId=. */
const PRODUCTS_WITH_BRAND = 100;
const DECIDED_BY: Record<BrandDecision, typeof BrandAdmitted> = {
  admitted: BrandAdmitted,
  rejected: BrandRejected,
};

const brandKey = (row: BrandRow) => [row.rank, row.position, row.id] as const;
/** A producer's own brands are in submission order alone (position is the submission time there). */
const submissionKey = (row: BrandRow) => [row.position, row.id] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The place a brand list's cursor stands for; anything this API did not give is a 400. */
function brandPosition(cursor: string): BrandPosition {
  const [rank, at, id] = decodeCursor(cursor, 3);
  if (
    typeof rank === 'number' &&
    [0, 1, 2].includes(rank) &&
    typeof at === 'string' &&
    AT.test(at) &&
    typeof id === 'string' &&
    UUID.test(id)
  ) {
    return { rank, at, id };
  }
  throw new RequestValidationError([{ field: 'cursor', messages: ['cursor is not one this API gave out'] }]);
}

/**
 * The brand catalogue: producers, county officials and administrators submit brands, administrators
 * admit or reject them (poverty counties' first), and the admitted ones are public with the products
 * naming them and, for a regional public brand, its geographical indication.
 */
@Injectable()
export class BrandsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly brands: BrandRepository,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
  ) {}

  async submit(caller: Principal, request: SubmitBrandRequest): Promise<BrandView> {
    const ownerProducerId = request.ownerProducerId ?? producerOf(caller);
    const kind = request.kind;
    if (kind !== 'regional_public' && !ownerProducerId) {
      throw new RequestValidationError([
        { field: 'ownerProducerId', messages: [`ownerProducerId is required for a ${kind} brand`] },
      ]);
    }
    const refusal = submissionRefusal(caller, {
      kind,
      countyCode: request.countyCode,
      ownerProducerId: ownerProducerId ?? null,
    });
    if (refusal) throw new ForbiddenError(refusal);
    const certificate = request.geographicalIndicationCertificate ?? null;
    if (certificate !== null && kind !== 'regional_public') throw new GeographicalIndicationNotForKind(kind);

    const now = this.clock.now();
    const name = request.name.trim();
    try {
      return await this.dataSource.transaction(async (tx) => {
        if (!(await this.brands.countyExists(tx, request.countyCode)))
          throw new UnknownCounty(request.countyCode);
        if (
          ownerProducerId &&
          (await this.brands.countyOfProducer(tx, ownerProducerId)) !== request.countyCode
        )
          throw new OwnerNotOfCounty(ownerProducerId, request.countyCode);
        if (await this.brands.nameTaken(tx, request.countyCode, name))
          throw new BrandNameTaken(name, request.countyCode);
        const id = randomUUID();
        await this.brands.insert(tx, {
          id,
          name,
          kind,
          countyCode: request.countyCode,
          ownerProducerId: ownerProducerId ?? null,
          geographicalIndicationCertificate: certificate,
          status: 'submitted',
          submittedBy: `${caller.role}:${caller.organisationId}`,
          submittedAt: now,
        });
        await this.outbox.append(
          tx,
          event(
            BrandSubmitted,
            {
              brandId: id,
              name,
              kind,
              countyCode: request.countyCode,
              ownerProducerId: ownerProducerId ?? null,
              geographicalIndicationCertificate: certificate,
              submittedAt: now.toISOString(),
            },
            now,
          ),
        );
        return toBrandView((await this.brands.find(tx, id, utcDay(now)))!);
      });
    } catch (error) {
      // Two submissions of one name racing: the unique index lets one through.
      if (isUniqueViolation(error)) throw new BrandNameTaken(name, request.countyCode);
      throw error;
    }
  }

  /** Administrators only (the route says so): a submitted brand is decided once, a second time is a 409. */
  async decide(caller: Principal, id: string, request: BrandDecisionRequest): Promise<BrandView> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const brand = await this.brands.lock(tx, id);
      if (!brand) throw new NotFoundError('brand', id);
      const status = BRAND_LIFECYCLE.next(brand.status, TRIGGER_OF[request.decision]);
      await this.brands.decide(tx, id, {
        status,
        by: `${caller.role}:${caller.organisationId}`,
        at: now,
        note: request.note,
      });
      await this.outbox.append(
        tx,
        event(
          DECIDED_BY[request.decision],
          {
            brandId: id,
            name: brand.name,
            kind: brand.kind,
            countyCode: brand.countyCode,
            ownerProducerId: brand.ownerProducerId,
            decision: request.decision,
            note: request.note,
            decidedAt: now.toISOString(),
          },
          now,
        ),
      );
      return toBrandView((await this.brands.find(tx, id, utcDay(now)))!);
    });
  }

  /** The admission queue: submitted brands of deep poverty counties first, then key ones, then the oldest. */
  async queue(query: BrandListQuery): Promise<Page<BrandView>> {
    return this.page('submitted', query);
  }

  /** The public catalogue: admitted brands, poverty counties first, then in order of admission. */
  async catalogue(query: BrandListQuery): Promise<Page<BrandView>> {
    return this.page('admitted', query);
  }

  /** An admitted brand with its listed products; any other is a 404 to the public. */
  async get(id: string): Promise<BrandDetailView> {
    const today = utcDay(this.clock.now());
    return this.dataSource.transaction(async (tx) => {
      const brand = await this.brands.find(tx, id, today);
      if (!brand || brand.status !== 'admitted') throw new NotFoundError('brand', id);
      const products = await this.brands.listedProducts(tx, id, PRODUCTS_WITH_BRAND);
      return { ...toBrandView(brand), products: products.map((row) => toProductView(row, row.countyCode)) };
    });
  }

  /**
   * A producer's own brands in every status, the rejected ones with the administrator's reason,
   * newest first: the producer itself and administrators; another producer's answer 404, as if that
   * producer did not exist.
   */
  async ofProducer(
    caller: Principal,
    producerId: string,
    query: ProducerBrandsQuery,
  ): Promise<Page<BrandView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor ? creationPosition(query.cursor) : null;
    const today = utcDay(this.clock.now());
    const rows = await this.dataSource.transaction(async (tx: EntityManager) => {
      const mine = caller.role === 'admin' || caller.organisationId === producerId;
      if (!mine || (await this.brands.countyOfProducer(tx, producerId)) === null) {
        throw new NotFoundError('producer', producerId);
      }
      return this.brands.ofOwner(tx, producerId, { status: query.status, after, limit: limit + 1 }, today);
    });
    return pageOf(rows, limit, submissionKey, toBrandView);
  }

  private async page(status: 'submitted' | 'admitted', query: BrandListQuery): Promise<Page<BrandView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor ? brandPosition(query.cursor) : undefined;
    const rows = await this.dataSource.transaction((tx: EntityManager) =>
      this.brands.page(
        tx,
        { status, countyCode: query.countyCode, kind: query.kind, after, limit },
        utcDay(this.clock.now()),
      ),
    );
    return pageOf(rows, limit, brandKey, toBrandView);
  }
}
