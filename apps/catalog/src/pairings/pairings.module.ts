import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Pairing } from './pairing.entity';
import { PairingsController } from './pairings.controller';
import { PairingsService } from './pairings.service';
import { PairingRepository } from './pairing.repository';

/** Paired assistance: which city or district assists which county, from when to when. */
@Module({
  imports: [TypeOrmModule.forFeature([Pairing])],
  controllers: [PairingsController],
  providers: [PairingsService, PairingRepository],
})
export class PairingsModule {}
