import { Module } from '@nestjs/common';
import { AlertsRepository } from '../alerts/alerts.repository';
import { PriceFlagsRepository } from '../prices/price-flags.repository';
import { ProducerRiskRepository } from '../risk/producer-risk.repository';
import { DailySweepService } from './daily-sweep.service';
import { EvaluationService } from './evaluation.service';
import { MeasuresRepository } from './measures.repository';
import { OwnFindingsHandler } from './own-findings.handler';

/** The rules, the findings they keep (alerts, price flags, producer risk) and the daily sweep. */
@Module({
  controllers: [OwnFindingsHandler],
  providers: [
    AlertsRepository,
    PriceFlagsRepository,
    ProducerRiskRepository,
    MeasuresRepository,
    EvaluationService,
    DailySweepService,
  ],
  exports: [AlertsRepository, ProducerRiskRepository, EvaluationService, DailySweepService],
})
export class FindingsModule {}
