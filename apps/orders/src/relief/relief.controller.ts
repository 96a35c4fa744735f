import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Public, Roles } from '@hb/platform';
import { BuyerReliefProgress, ReliefSummary, ReliefSummaryQuery } from './relief.dto';
import { ReliefReportsService } from './relief-reports.service';

@ApiTags('relief')
@Controller('relief')
export class ReliefController {
  constructor(private readonly reports: ReliefReportsService) {}

  @Get('summary')
  @Public()
  @ApiOperation({
    summary: 'Public relief statistics: accepted spending on relief products by county and poverty status.',
  })
  @ApiResponse({ status: 200, type: ReliefSummary })
  summary(@Query() query: ReliefSummaryQuery): Promise<ReliefSummary> {
    return this.reports.summary(query);
  }

  @Get('buyers/:id')
  @ApiBearerAuth()
  @Roles('buyer', 'admin')
  @ApiOperation({ summary: "A buyer's relief spending this year against its pledge." })
  @ApiResponse({ status: 200, type: BuyerReliefProgress })
  @ApiResponse({ status: 404, description: 'Another buyer, or unknown.' })
  buyer(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Caller() caller: Principal,
  ): Promise<BuyerReliefProgress> {
    return this.reports.buyerProgress(caller, id);
  }
}
