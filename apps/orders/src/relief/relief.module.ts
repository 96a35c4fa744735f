import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BuyersModule } from '../buyers/buyers.module';
import { CatalogViewModule } from '../catalog-view/catalog-view.module';
import { PacingModule } from './pacing/pacing.module';
import { ReliefController } from './relief.controller';
import { ReliefEntry } from './relief-entry.entity';
import { ReliefLedgerService } from './relief-ledger.service';
import { ReliefReportsRepository } from './relief-reports.repository';
import { ReliefReportsService } from './relief-reports.service';

/** The consumption-relief ledger: what reached each county and producer, and buyers' pledge progress. */
@Module({
  imports: [TypeOrmModule.forFeature([ReliefEntry]), BuyersModule, CatalogViewModule, PacingModule],
  controllers: [ReliefController],
  providers: [ReliefLedgerService, ReliefReportsService, ReliefReportsRepository],
  exports: [ReliefLedgerService],
})
export class ReliefModule {}
