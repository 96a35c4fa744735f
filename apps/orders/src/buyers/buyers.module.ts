import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Buyer } from './buyer.entity';
import { BuyerRepository } from './buyer.repository';
import { BuyersController } from './buyers.controller';
import { BuyersService } from './buyers.service';

/** Buyers onboarded by administrators, with their food budget and relief pledge. */
@Module({
  imports: [TypeOrmModule.forFeature([Buyer])],
  controllers: [BuyersController],
  providers: [BuyersService, BuyerRepository],
  exports: [BuyersService],
})
export class BuyersModule {}
