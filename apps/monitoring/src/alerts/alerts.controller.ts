import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles } from '@hb/platform';
import { AlertPage, AlertsQuery, AlertView } from './alert.dto';
import { AlertsService } from './alerts.service';

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @Roles('admin', 'county_official')
  @ApiOperation({ summary: "Early-warning alerts, newest first (a county official sees its county's only)." })
  @ApiResponse({ status: 200, type: AlertPage })
  @ApiResponse({ status: 400, description: 'Bad query (problem+json).' })
  @ApiResponse({ status: 401, description: 'No valid bearer token.' })
  @ApiResponse({ status: 403, description: 'Neither an administrator nor a county official.' })
  list(@Query() query: AlertsQuery, @Caller() caller: Principal): Promise<AlertPage> {
    return this.alerts.list(caller, query);
  }

  @Post(':id/acknowledge')
  @HttpCode(200)
  @Roles('admin', 'county_official')
  @ApiOperation({
    summary: "Acknowledge an alert (an administrator, or the official of the alert's county).",
  })
  @ApiResponse({ status: 200, type: AlertView })
  @ApiResponse({ status: 401, description: 'No valid bearer token.' })
  @ApiResponse({ status: 403, description: 'Neither an administrator nor a county official.' })
  @ApiResponse({ status: 404, description: "No such alert in the caller's county." })
  acknowledge(@Param('id', new ParseUUIDPipe()) id: string, @Caller() caller: Principal): Promise<AlertView> {
    return this.alerts.acknowledge(caller, id);
  }
}
