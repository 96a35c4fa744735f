import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Public, Roles } from '@hb/platform';
import {
  BuyerReliefProgress,
  ReconciliationReport,
  ReliefPeriodQuery,
  ReliefSummary,
  ReliefSummaryQuery,
} from './relief.dto';
import { ReliefReportsService } from './relief-reports.service';

@ApiTags('relief')
@Controller('relief')
export class ReliefController {
  constructor(private readonly reports: ReliefReportsService) {}

  @Get('summary')
  @Public()
  @ApiOperation({
    summary:
      'Public relief statistics: accepted spending on relief products by county, poverty status and month; at most ten years.',
  })
  @ApiResponse({ status: 200, type: ReliefSummary })
  @ApiResponse({ status: 400, description: 'A date that is not a calendar day `YYYY-MM-DD`.' })
  @ApiResponse({ status: 422, description: '`to` before `from`, or more than ten years.' })
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

  @Get('reconciliation')
  @ApiBearerAuth()
  @Roles('admin', 'county_official')
  @ApiOperation({
    summary:
      'Proof that the ledger adds up: per county and producer, ledger sum vs accepted relief lines minus refunds (a county official: its county).',
  })
  @ApiResponse({ status: 200, type: ReconciliationReport })
  @ApiResponse({ status: 422, description: '`to` before `from`, or more than ten years.' })
  reconciliation(
    @Query() query: ReliefPeriodQuery,
    @Caller() caller: Principal,
  ): Promise<ReconciliationReport> {
    return this.reports.reconciliation(caller, query);
  }
}
