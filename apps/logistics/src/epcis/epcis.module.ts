import { Module } from '@nestjs/common';
import { LotsModule } from '../lots/lots.module';
import { ShipmentsModule } from '../shipments/shipments.module';
import { EpcisController } from './epcis.controller';
import { EpcisRepository } from './epcis.repository';
import { EpcisService } from './epcis.service';

/** EPCIS 2.0 exports of shipments and lots. */
@Module({
  imports: [ShipmentsModule, LotsModule],
  controllers: [EpcisController],
  providers: [EpcisService, EpcisRepository],
})
export class EpcisModule {}
