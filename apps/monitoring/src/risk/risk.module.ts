import { Module } from '@nestjs/common';
import { FindingsModule } from '../evaluation/findings.module';
import { RiskController } from './risk.controller';
import { RiskService } from './risk.service';

/** Producer risk over HTTP. */
@Module({
  imports: [FindingsModule],
  controllers: [RiskController],
  providers: [RiskService],
})
export class RiskModule {}
