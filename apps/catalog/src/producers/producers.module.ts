import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Producer } from './producer.entity';

/** Producers onboarded by administrators, with their county and credit code. */
@Module({
  imports: [TypeOrmModule.forFeature([Producer])],
  controllers: [],
  providers: [],
  exports: [],
})
export class ProducersModule {}
