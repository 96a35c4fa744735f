import { Module } from '@nestjs/common';
import { PlatformModule } from '@hb/platform';
import { catalogMigrations } from './migrations';

@Module({
  imports: [PlatformModule.forService({ service: 'catalog', migrations: catalogMigrations })],
})
export class CatalogModule {}
