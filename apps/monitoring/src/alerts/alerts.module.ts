import { Module } from '@nestjs/common';
import { FindingsModule } from '../evaluation/findings.module';
import { AlertsController } from './alerts.controller';
import { AlertsService } from './alerts.service';

/** Alerts over HTTP: listing and acknowledgement. */
@Module({
  imports: [FindingsModule],
  controllers: [AlertsController],
  providers: [AlertsService],
})
export class AlertsModule {}
