import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, type Repository } from 'typeorm';
import { CountyRegistered, CountyUpdated } from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import {
  isUniqueViolation,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  NotFoundError,
  RequestValidationError,
  type Page,
} from '@hb/platform';
import {
  changedCounty,
  COUNTY_CODE,
  countyFields,
  povertyStatusProblem,
  sameCounty,
  type CountyChange,
  type CountyFields,
} from './county-change';
import type { CountyListQuery, RegisterCountyRequest } from './county.dto';
import { County } from './county.entity';
import { CountyRepository } from './county.repository';

import { CountyAlreadyRegistered, PovertyStatusMismatch } from './county.errors';

function afterCode(cursor: string): string {
  const [code] = decodeCursor(cursor, 1);
  if (typeof code === 'string' && COUNTY_CODE.test(code)) return code;
  throw new RequestValidationError([{ field: 'cursor', messages: ['cursor is not one this API gave out'] }]);
}

/** Counties and their poverty status; every change is announced on catalog.county.v1 in its transaction. */
@Injectable()
export class CountiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    @InjectRepository(County) private readonly counties: Repository<County>,
    private readonly repository: CountyRepository,
  ) {}

  async register(request: RegisterCountyRequest): Promise<CountyFields> {
    const county = countyFields({
      ...request,
      liftedOn: request.liftedOn ?? null,
      pairedCity: request.pairedCity ?? null,
    });
    try {
      await this.dataSource.transaction(async (transaction) => {
        if (await transaction.existsBy(County, { code: county.code }))
          throw new CountyAlreadyRegistered(county.code);
        // A copy: insert() writes the generated timestamps back into the object it is given.
        await transaction.insert(County, { ...county });
        await this.outbox.append(transaction, event(CountyRegistered, county));
      });
    } catch (error) {
      // Two administrators registering the same code at once: the primary key decides.
      if (isUniqueViolation(error)) throw new CountyAlreadyRegistered(county.code);
      throw error;
    }
    return county;
  }

  async get(code: string): Promise<CountyFields> {
    const county = await this.counties.findOneBy({ code });
    if (!county) throw new NotFoundError('county', code);
    return countyFields(county);
  }

  async list({
    povertyStatus,
    cursor,
    limit = DEFAULT_PAGE_SIZE,
  }: CountyListQuery): Promise<Page<CountyFields>> {
    const page = await this.repository.page(
      this.counties.manager,
      { povertyStatus },
      cursor ? afterCode(cursor) : undefined,
      limit,
    );
    return { items: page.items.map((county) => countyFields(county)), nextCursor: page.nextCursor };
  }

  /**
   * Applies a change and announces it with the status the county had before. A change that changes
   * nothing writes and announces nothing.
   */
  async change(code: string, change: CountyChange): Promise<CountyFields> {
    return this.dataSource.transaction(async (transaction) => {
      // Locked so that concurrent changes announce the status each one really replaced.
      const row = await transaction.findOne(County, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFoundError('county', code);
      const current = countyFields(row);
      const next = changedCounty(current, change);
      const problem = povertyStatusProblem(next.povertyStatus, next.liftedOn);
      if (problem) throw new PovertyStatusMismatch(code, next.povertyStatus, next.liftedOn, problem);
      if (sameCounty(current, next)) return current;
      await transaction.update(County, { code }, next);
      await this.outbox.append(
        transaction,
        event(CountyUpdated, { ...next, previousPovertyStatus: current.povertyStatus }),
      );
      return next;
    });
  }
}
