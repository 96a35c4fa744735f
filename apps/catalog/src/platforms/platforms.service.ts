import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, DEFAULT_PAGE_SIZE, pageOf, type Page } from '@hb/platform';
import type { PlatformListQuery, PlatformView, RegisterPlatformRequest } from './platform.dto';
import { PlatformAlreadyRegistered } from './platform.errors';
import { PlatformRepository, type PlatformRow } from './platform.repository';

const toView = (platform: PlatformRow): PlatformView => ({
  id: platform.id,
  name: platform.name,
  registeredAt: platform.registeredAt.toISOString(),
});

/** The register of e-commerce platforms that administrators keep: whose storefront a listing is on. */
@Injectable()
export class PlatformsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly platforms: PlatformRepository,
  ) {}

  async register(request: RegisterPlatformRequest): Promise<PlatformView> {
    const platform = { id: request.id, name: request.name.trim(), registeredAt: this.clock.now() };
    if (!(await this.platforms.insertIfNew(this.dataSource.manager, platform))) {
      throw new PlatformAlreadyRegistered(request.id);
    }
    return toView(platform);
  }

  async list(query: PlatformListQuery): Promise<Page<PlatformView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.platforms.page(this.dataSource.manager, query.cursor, limit + 1);
    return pageOf(rows, limit, (row) => [row.id], toView);
  }
}
