import { Module } from '@nestjs/common';
import { PlatformModule } from '@hb/platform';
import { ordersMigrations } from './migrations';

@Module({
  imports: [PlatformModule.forService({ service: 'orders', migrations: ordersMigrations })],
})
export class OrdersModule {}
