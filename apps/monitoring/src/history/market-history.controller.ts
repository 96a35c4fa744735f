import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles } from '@hb/platform';
import { ImportMarketHistoryRequest, MarketHistoryImportView } from './market-history.dto';
import { MarketHistoryService } from './market-history.service';

@ApiTags('market')
@ApiBearerAuth()
@Controller('market')
export class MarketHistoryController {
  constructor(private readonly history: MarketHistoryService) {}

  @Post('history')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary:
      "Import market history from a county's previous platform (administrators): ordered and accepted figures per period, county and category, before today.",
    description:
      "price_drop, sales_slump and the reference price count the periods beside this platform's order lines (spread evenly over their days, accepted lines at the period's average unit price) and say so in `evidence.importedDataPoints`; indicators show this platform's events only. Periods recorded before with the same figures are skipped.",
  })
  @ApiResponse({ status: 200, type: MarketHistoryImportView })
  @ApiResponse({
    status: 400,
    description: 'Malformed request, e.g. a date that is no calendar day (problem+json).',
  })
  @ApiResponse({ status: 401, description: 'No valid bearer token.' })
  @ApiResponse({ status: 403, description: 'Not an administrator.' })
  @ApiResponse({
    status: 409,
    description:
      'A period overlaps one recorded before with other bounds or figures (`HistoryPeriodConflict`).',
  })
  @ApiResponse({
    status: 422,
    description:
      'Impossible history: not before today, before 2000, over 92 days, figures that contradict each other, overlapping records of one market (`problems`).',
  })
  import(
    @Body() request: ImportMarketHistoryRequest,
    @Caller() caller: Principal,
  ): Promise<MarketHistoryImportView> {
    return this.history.import(caller, request);
  }
}
