import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@hb/contracts';
import { DEFAULT_PAGE_SIZE, NotFoundError, type Page } from '@hb/platform';
import { ProducerRiskRepository } from './producer-risk.repository';
import { toProducerRiskView, type ProducerRiskView, type RiskQuery } from './risk.dto';

/** Producer risk as the producer itself, its county's official and administrators see it. */
@Injectable()
export class RiskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly risk: ProducerRiskRepository,
  ) {}

  async ofProducer(caller: Principal, producerId: string): Promise<ProducerRiskView> {
    const row = await this.risk.current(this.dataSource.manager, producerId);
    const visible =
      row !== null &&
      (caller.role === 'admin' ||
        (caller.role === 'county_official' && caller.organisationId === row.county_code) ||
        (caller.role === 'producer' && caller.organisationId === producerId));
    if (!visible) throw new NotFoundError('producer risk', producerId);
    return toProducerRiskView(row);
  }

  async list(caller: Principal, query: RiskQuery): Promise<Page<ProducerRiskView>> {
    const own = caller.role === 'admin' ? null : caller.organisationId;
    if (own !== null && query.countyCode !== undefined && query.countyCode !== own)
      return { items: [], nextCursor: null };
    const page = await this.risk.list(this.dataSource.manager, {
      level: query.level,
      countyCode: own ?? query.countyCode,
      cursor: query.cursor,
      limit: query.limit ?? DEFAULT_PAGE_SIZE,
    });
    return { items: page.items.map((row) => toProducerRiskView(row)), nextCursor: page.nextCursor };
  }
}
