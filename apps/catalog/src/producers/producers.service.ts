import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type Repository } from 'typeorm';
import { ProducerRegistered, type Principal } from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import { DEFAULT_PAGE_SIZE, isUniqueViolation, NotFoundError, type Page } from '@hb/platform';
import { County } from '../counties/county.entity';
import {
  toProducerView,
  type ProducerListQuery,
  type ProducerView,
  type RegisterProducerRequest,
} from './producer.dto';
import { Producer } from './producer.entity';
import { ProducerRepository } from './producer.repository';

import { CreditCodeAlreadyRegistered, ProducerCountyNotRegistered } from './producer.errors';

/** Producers onboarded by administrators; onboarding is announced on catalog.producer.v1 in its transaction. */
@Injectable()
export class ProducersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    @InjectRepository(Producer) private readonly producers: Repository<Producer>,
    private readonly repository: ProducerRepository,
  ) {}

  async register(request: RegisterProducerRequest): Promise<ProducerView> {
    const producer: ProducerView = {
      id: randomUUID(),
      name: request.name,
      kind: request.kind,
      countyCode: request.countyCode,
      creditCode: request.creditCode,
      povertyHouseholds: request.povertyHouseholds,
    };
    try {
      await this.dataSource.transaction(async (transaction) => {
        // Shared lock: the county's status cannot change between reading it and announcing it.
        const county = await transaction.findOne(County, {
          where: { code: producer.countyCode },
          lock: { mode: 'pessimistic_read' },
        });
        if (!county) {
          throw new ProducerCountyNotRegistered(producer.countyCode);
        }
        if (await transaction.existsBy(Producer, { creditCode: producer.creditCode })) {
          throw new CreditCodeAlreadyRegistered(producer.creditCode);
        }
        // A copy: insert() writes the generated timestamps back into the object it is given.
        await transaction.insert(Producer, { ...producer });
        await this.outbox.append(
          transaction,
          event(ProducerRegistered, { ...producer, countyPovertyStatus: county.povertyStatus }),
        );
      });
    } catch (error) {
      // Two registrations of the same code at once both pass the check: the unique index decides.
      if (isUniqueViolation(error)) throw new CreditCodeAlreadyRegistered(producer.creditCode);
      throw error;
    }
    return producer;
  }

  async get(id: string): Promise<ProducerView> {
    const producer = await this.producers.findOneBy({ id });
    if (!producer) throw new NotFoundError('producer', id);
    return toProducerView(producer);
  }

  /** Oldest first, keyset on (created_at, id); a county official sees its county's only (another → 404). */
  async list(
    { countyCode: askedCounty, cursor, limit = DEFAULT_PAGE_SIZE }: ProducerListQuery,
    caller: Principal,
  ): Promise<Page<ProducerView>> {
    let countyCode = askedCounty;
    if (caller.role === 'county_official') {
      if (askedCounty !== undefined && askedCounty !== caller.organisationId)
        throw new NotFoundError('county', askedCounty);
      countyCode = caller.organisationId;
    }
    const page = await this.repository.page(this.producers.manager, { countyCode }, cursor, limit);
    return { items: page.items.map((producer) => toProducerView(producer)), nextCursor: page.nextCursor };
  }
}
