import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles } from '@hb/platform';
import { DEFAULT_BUCKET } from './bucket';
import { TemperatureHistoryQuery, TemperatureHistoryView } from './history.dto';
import { HistoryService } from './history.service';

@ApiTags('history')
@ApiBearerAuth()
@Controller('shipments/:id/temperature')
export class HistoryController {
  constructor(private readonly history: HistoryService) {}

  @Get()
  @Roles('operator', 'buyer', 'producer', 'admin')
  @ApiOperation({
    summary: 'The temperature series for charts: min, max and mean per bucket, excursion intervals, MKT.',
  })
  @ApiResponse({ status: 200, type: TemperatureHistoryView })
  @ApiResponse({ status: 400, description: 'A bucket that is not 1m…1d, or too fine for the trip.' })
  @ApiResponse({ status: 401, description: 'No valid bearer token.' })
  @ApiResponse({ status: 403, description: 'A role that has no shipments (platform, certifier).' })
  @ApiResponse({ status: 404, description: 'No such shipment visible to the caller.' })
  temperature(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: TemperatureHistoryQuery,
    @Caller() caller: Principal,
  ): Promise<TemperatureHistoryView> {
    return this.history.temperature(caller, id, query.bucket ?? DEFAULT_BUCKET);
  }
}
