import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import type { Principal } from '@hb/contracts';
import {
  createdAtText,
  creationPosition,
  DEFAULT_PAGE_SIZE,
  NotFoundError,
  pageOf,
  type Page,
} from '@hb/platform';
import { Buyer } from './buyer.entity';
import type { BuyerView, ListBuyersQuery, RegisterBuyerRequest } from './buyer.dto';
import { BudgetUnitWithoutPledge, PledgeBelowMinimum, PledgeWithoutBudget } from './buyer.errors';

/** The national rule for public budget units: at least 10% of canteen food spending on poverty-area products. */
export const MINIMUM_BUDGET_UNIT_PLEDGE_PERCENT = 10;

export function toBuyerView(buyer: Buyer): BuyerView {
  return {
    id: buyer.id,
    name: buyer.name,
    kind: buyer.kind,
    regionCode: buyer.regionCode,
    annualFoodBudgetCents: buyer.annualFoodBudgetCents,
    pledgedSharePercent: buyer.pledgedSharePercent,
  };
}

@Injectable()
export class BuyersService {
  constructor(@InjectRepository(Buyer) private readonly buyers: Repository<Buyer>) {}

  async register(request: RegisterBuyerRequest): Promise<BuyerView> {
    if (request.pledgedSharePercent !== undefined && request.annualFoodBudgetCents === undefined) {
      throw new PledgeWithoutBudget(request.pledgedSharePercent);
    }
    if (request.kind === 'budget_unit') {
      if (request.pledgedSharePercent === undefined) {
        throw new BudgetUnitWithoutPledge([
          ...(request.annualFoodBudgetCents === undefined ? (['annualFoodBudgetCents'] as const) : []),
          'pledgedSharePercent',
        ]);
      }
      if (request.pledgedSharePercent < MINIMUM_BUDGET_UNIT_PLEDGE_PERCENT) {
        throw new PledgeBelowMinimum(request.pledgedSharePercent, MINIMUM_BUDGET_UNIT_PLEDGE_PERCENT);
      }
    }
    const buyer = await this.buyers.save(
      this.buyers.create({
        id: randomUUID(),
        name: request.name,
        kind: request.kind,
        regionCode: request.regionCode,
        annualFoodBudgetCents: request.annualFoodBudgetCents ?? null,
        pledgedSharePercent: request.pledgedSharePercent ?? null,
      }),
    );
    return toBuyerView(buyer);
  }

  /** Oldest first (administrators). */
  async list(query: ListBuyersQuery): Promise<Page<BuyerView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.buyers
      .createQueryBuilder('buyer')
      .addSelect(createdAtText('buyer.created_at'), 'position')
      .orderBy('buyer.createdAt', 'ASC')
      .addOrderBy('buyer.id', 'ASC')
      .limit(limit + 1);
    if (query.name) builder.andWhere('buyer.name = :name', { name: query.name });
    if (query.cursor) {
      builder.andWhere(
        '(buyer.createdAt, buyer.id) > (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))',
        creationPosition(query.cursor),
      );
    }
    const { entities, raw } = await builder.getRawAndEntities<{ position: string }>();
    const rows = entities.map((buyer, index) => ({ buyer, position: raw[index].position }));
    return pageOf(
      rows,
      limit,
      ({ buyer, position }) => [position, buyer.id],
      ({ buyer }) => toBuyerView(buyer),
    );
  }

  /** A buyer sees itself; administrators see every buyer. */
  async get(caller: Principal, id: string): Promise<Buyer> {
    const buyer = await this.buyers.findOneBy({ id });
    if (!buyer || (caller.role !== 'admin' && caller.organisationId !== id))
      throw new NotFoundError('buyer', id);
    return buyer;
  }
}
