import { Module } from '@nestjs/common';
import { PlatformModule } from '@hb/platform';
import { logisticsMigrations } from './migrations';

@Module({
  imports: [PlatformModule.forService({ service: 'logistics', migrations: logisticsMigrations })],
})
export class LogisticsModule {}
