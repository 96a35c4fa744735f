import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Public, Roles } from '@hb/platform';
import {
  BuyerReliefProgress,
  CountyReliefReport,
  PairingReliefReport,
  ReconciliationReport,
  ReliefPeriodQuery,
  ReliefSummary,
  ReliefSummaryQuery,
} from './relief.dto';
import { ReliefReportsService } from './relief-reports.service';
import { ParseCountyCodePipe } from './county-code.pipe';

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
  @ApiResponse({
    status: 422,
    description:
      '`to` before `from` (`ReportPeriodReversed`, with `from`, `to`), or more than ten years (`ReportPeriodTooLong`, with `maxYears`).',
  })
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

  @Get('pairings/:id')
  @Public()
  @ApiOperation({ summary: 'Relief through one pairing, by month and by producer; at most ten years.' })
  @ApiResponse({ status: 200, type: PairingReliefReport })
  @ApiResponse({ status: 404, description: 'No such pairing.' })
  pairing(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ReliefPeriodQuery,
  ): Promise<PairingReliefReport> {
    return this.reports.pairing(id, query);
  }

  @Get('counties/:code')
  @ApiBearerAuth()
  @Roles('county_official', 'admin')
  @ApiOperation({
    summary:
      "A county's relief by month, producer, buyer kind and pairing, with despite-breach and reversed amounts (its officials, administrators).",
  })
  @ApiResponse({ status: 200, type: CountyReliefReport })
  @ApiResponse({ status: 404, description: 'Another county than the official’s, or unknown.' })
  county(
    @Param('code', ParseCountyCodePipe) code: string,
    @Query() query: ReliefPeriodQuery,
    @Caller() caller: Principal,
  ): Promise<CountyReliefReport> {
    return this.reports.county(caller, code, query);
  }

  @Get('reconciliation')
  @ApiBearerAuth()
  @Roles('admin', 'county_official')
  @ApiOperation({
    summary:
      'Proof that the ledger adds up: per county and producer, ledger sum vs accepted relief lines minus refunds (a county official: its county).',
  })
  @ApiResponse({ status: 200, type: ReconciliationReport })
  @ApiResponse({ status: 404, description: "A county official whose `org` is not a county's 6-digit code." })
  @ApiResponse({
    status: 422,
    description:
      '`to` before `from` (`ReportPeriodReversed`, with `from`, `to`), or more than ten years (`ReportPeriodTooLong`, with `maxYears`).',
  })
  reconciliation(
    @Query() query: ReliefPeriodQuery,
    @Caller() caller: Principal,
  ): Promise<ReconciliationReport> {
    return this.reports.reconciliation(caller, query);
  }
}
