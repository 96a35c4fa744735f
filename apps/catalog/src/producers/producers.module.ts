import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Producer } from './producer.entity';
import { ProducersController } from './producers.controller';
import { ProducersService } from './producers.service';
import { ProducerRepository } from './producer.repository';

/** Producers onboarded by administrators, with their county and credit code. */
@Module({
  imports: [TypeOrmModule.forFeature([Producer])],
  controllers: [ProducersController],
  providers: [ProducersService, ProducerRepository],
  exports: [],
})
export class ProducersModule {}
