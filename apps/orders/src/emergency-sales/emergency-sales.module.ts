import { Module } from '@nestjs/common';
import { PacingModule } from '../relief/pacing/pacing.module';
import { EmergencyMatchingService } from './emergency-matching.service';
import { EmergencySaleEventsHandler } from './emergency-sale-events.handler';
import { EmergencySaleRepository } from './emergency-sale.repository';
import { EmergencySalesController } from './emergency-sales.controller';

/** Emergency sales as orders sees them: the read model, matching, offers. */
@Module({
  imports: [PacingModule],
  controllers: [EmergencySalesController, EmergencySaleEventsHandler],
  providers: [EmergencySaleRepository, EmergencyMatchingService],
  exports: [EmergencySaleRepository],
})
export class EmergencySalesModule {}
