import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import type { Principal } from '@hb/contracts';
import { DEFAULT_PAGE_SIZE, NotFoundError, type Page } from '@hb/platform';
import { Buyer } from './buyer.entity';
import { BuyerRepository } from './buyer.repository';
import { toBuyerView, type BuyerView, type ListBuyersQuery, type RegisterBuyerRequest } from './buyer.dto';
import { BudgetUnitWithoutPledge, PledgeBelowMinimum, PledgeWithoutBudget } from './buyer.errors';

/** The national rule for public budget units: at least 10% of canteen food spending on poverty-area products. */
export const MINIMUM_BUDGET_UNIT_PLEDGE_PERCENT = 10;

@Injectable()
export class BuyersService {
  constructor(
    @InjectRepository(Buyer) private readonly buyers: Repository<Buyer>,
    private readonly repository: BuyerRepository,
  ) {}

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
    const page = await this.repository.page(this.buyers.manager, { name: query.name }, query.cursor, limit);
    return { items: page.items.map(toBuyerView), nextCursor: page.nextCursor };
  }

  /** A buyer sees itself; administrators see every buyer. */
  async get(caller: Principal, id: string): Promise<Buyer> {
    const buyer = await this.buyers.findOneBy({ id });
    if (!buyer || (caller.role !== 'admin' && caller.organisationId !== id))
      throw new NotFoundError('buyer', id);
    return buyer;
  }
}
