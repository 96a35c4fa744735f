import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type Repository } from 'typeorm';
import { LotAdded, type Principal } from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import { Clock, NotFoundError } from '@hb/platform';
import { Producer } from '../producers/producer.entity';
import { canManageProduct, canSeeProduct } from '../products/product-access';
import { Product } from '../products/product.entity';
import { toLotView, type AddLotRequest, type LotView, type StockView } from './lot.dto';
import { Lot } from './lot.entity';
import { StockLevels } from './stock-levels';
import { ExpiresBeforeHarvest, HarvestInFuture, LotAlreadyExpired, LotDateNotReal } from './lot.errors';
import { NotProductManager } from '../products/product.errors';

function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** Harvest lots of a product and the stock they add up to. */
@Injectable()
export class LotsService {
  constructor(
    @InjectRepository(Product) private readonly products: Repository<Product>,
    @InjectRepository(Lot) private readonly lots: Repository<Lot>,
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly stockLevels: StockLevels,
    private readonly clock: Clock,
  ) {}

  async addLot(
    caller: Principal,
    productId: string,
    request: AddLotRequest,
    today = this.clock.today(),
  ): Promise<LotView> {
    const product = await this.visibleProduct(caller, productId);
    if (!canManageProduct(caller, product)) {
      throw new NotProductManager(
        productId,
        'only the producer of this product (or an administrator) may add harvest lots',
      );
    }
    for (const [field, value] of [
      ['harvestedOn', request.harvestedOn],
      ['expiresOn', request.expiresOn],
    ] as const) {
      if (!isRealDate(value)) throw new LotDateNotReal(field, value);
    }
    if (request.harvestedOn > today) throw new HarvestInFuture(request.harvestedOn, today);
    if (request.expiresOn < request.harvestedOn) {
      throw new ExpiresBeforeHarvest(request.expiresOn, request.harvestedOn);
    }
    if (request.expiresOn < today) {
      throw new LotAlreadyExpired(request.expiresOn, today);
    }
    const lot = await this.dataSource.transaction(async (tx) => {
      const added = await tx.save(
        tx.create(Lot, {
          id: randomUUID(),
          productId,
          quantity: request.quantity,
          harvestedOn: request.harvestedOn,
          expiresOn: request.expiresOn,
        }),
      );
      const producer = await tx.findOneByOrFail(Producer, { id: product.producerId });
      await this.outbox.append(
        tx,
        event(LotAdded, {
          lotId: added.id,
          productId,
          producerId: product.producerId,
          countyCode: producer.countyCode,
          category: product.category,
          quantity: added.quantity,
          harvestedOn: added.harvestedOn,
          expiresOn: added.expiresOn,
        }),
      );
      await this.stockLevels.announce(tx, [productId], today);
      return added;
    });
    return toLotView(lot, today);
  }

  async stockOf(caller: Principal, productId: string, today = this.clock.today()): Promise<StockView> {
    await this.visibleProduct(caller, productId);
    const lots = await this.lots.find({
      where: { productId },
      order: { expiresOn: 'ASC', harvestedOn: 'ASC', id: 'ASC' },
    });
    const views = lots.map((lot) => toLotView(lot, today));
    const open = views.filter((lot) => !lot.expired && lot.available > 0);
    return {
      productId,
      available: open.reduce((sum, lot) => sum + lot.available, 0),
      reserved: views.reduce((sum, lot) => sum + lot.reserved, 0),
      heldForEmergencySales: views.reduce((sum, lot) => sum + lot.held, 0),
      lots: views,
      soonestExpiry: open[0]?.expiresOn ?? null,
    };
  }

  private async visibleProduct(caller: Principal, productId: string): Promise<Product> {
    const product = await this.products.findOneBy({ id: productId });
    if (!product || !canSeeProduct(caller, product)) throw new NotFoundError('product', productId);
    return product;
  }
}
