import { Module } from '@nestjs/common';
import { ColdChainModule } from '../cold-chain/cold-chain.module';
import { ShipmentsModule } from '../shipments/shipments.module';
import { CustodyController } from './custody.controller';
import { CustodyService } from './custody.service';

/** Claiming shipments and moving them along the chain of custody, up to the delivery verdict. */
@Module({
  imports: [ShipmentsModule, ColdChainModule],
  controllers: [CustodyController],
  providers: [CustodyService],
})
export class CustodyModule {}
