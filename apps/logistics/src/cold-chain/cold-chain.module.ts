import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ColdChainLedger } from './cold-chain.ledger';
import { ColdChainRepository } from './cold-chain.repository';
import { ExcursionRecord } from './excursion.entity';

/** Each shipment's cold-chain state and excursions; the rules themselves are pure functions beside it. */
@Module({
  imports: [TypeOrmModule.forFeature([ExcursionRecord])],
  providers: [ColdChainLedger, ColdChainRepository],
  exports: [ColdChainLedger, ColdChainRepository],
})
export class ColdChainModule {}
