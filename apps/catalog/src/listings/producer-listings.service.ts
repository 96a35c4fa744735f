import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '@hb/contracts';
import {
  creationKey,
  creationPosition,
  DEFAULT_PAGE_SIZE,
  NotFoundError,
  pageOf,
  type Page,
  type PageQuery,
} from '@hb/platform';
import { toProducerListingView, type ProducerListingView } from './listing.dto';
import { ProducerListingRepository } from './producer-listing.repository';

/** Which platforms sell a producer's products: for the producer itself and administrators. */
@Injectable()
export class ProducerListingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly listings: ProducerListingRepository,
  ) {}

  /** Another producer's listings answer 404, as if that producer did not exist. */
  async list(caller: Principal, producerId: string, page: PageQuery): Promise<Page<ProducerListingView>> {
    const mine = caller.role === 'admin' || caller.organisationId === producerId;
    const tx = this.dataSource.manager;
    if (!mine || !(await this.listings.producerExists(tx, producerId))) {
      throw new NotFoundError('producer', producerId);
    }
    const limit = page.limit ?? DEFAULT_PAGE_SIZE;
    const after = page.cursor ? creationPosition(page.cursor) : null;
    const rows = await this.listings.listOfProducer(tx, producerId, after, limit + 1);
    return pageOf(rows, limit, creationKey, toProducerListingView);
  }
}
