import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles, type Page } from '@hb/platform';
import { ListRecallsQuery, RecallPage, RecallView } from './recall.dto';
import { RecallsService } from './recalls.service';

@ApiTags('recalls')
@ApiBearerAuth()
@Controller('recalls')
export class RecallsController {
  constructor(private readonly recalls: RecallsService) {}

  @Get()
  @Roles('buyer', 'admin')
  @ApiOperation({
    summary: 'Recalled lots that reached the caller’s orders, newest first (administrators: every buyer’s).',
    description:
      'One item per order and recalled lot: what came from the lot, what was refused or refunded, and what left the relief ledger.',
  })
  @ApiResponse({ status: 200, type: RecallPage })
  list(@Query() query: ListRecallsQuery, @Caller() caller: Principal): Promise<Page<RecallView>> {
    return this.recalls.list(caller, query);
  }
}
