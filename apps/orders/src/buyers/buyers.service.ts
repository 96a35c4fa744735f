import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import type { Principal } from '@hb/contracts';
import { DEFAULT_PAGE_SIZE, NotFoundError, UnprocessableError, type Page } from '@hb/platform';
import { Buyer } from './buyer.entity';
import { BuyerRepository } from './buyer.repository';
import type { BuyerView, ListBuyersQuery, RegisterBuyerRequest } from './buyer.dto';

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
  constructor(
    @InjectRepository(Buyer) private readonly buyers: Repository<Buyer>,
    private readonly repository: BuyerRepository,
  ) {}

  async register(request: RegisterBuyerRequest): Promise<BuyerView> {
    const pledging = request.pledgedSharePercent !== undefined;
    if (pledging && request.annualFoodBudgetCents === undefined) {
      throw new UnprocessableError(
        'a pledge is a share of the annual food budget: give annualFoodBudgetCents too',
      );
    }
    if (request.kind === 'budget_unit') {
      if (request.annualFoodBudgetCents === undefined || !pledging) {
        throw new UnprocessableError('a budget unit needs its annual food budget and its pledged share');
      }
      if (request.pledgedSharePercent! < MINIMUM_BUDGET_UNIT_PLEDGE_PERCENT) {
        throw new UnprocessableError(
          `a budget unit pledges at least ${MINIMUM_BUDGET_UNIT_PLEDGE_PERCENT}% of its food budget (15% is encouraged)`,
        );
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
