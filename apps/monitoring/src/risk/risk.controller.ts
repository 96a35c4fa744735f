import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles } from '@hb/platform';
import { ProducerRiskPage, ProducerRiskView, RiskQuery } from './risk.dto';
import { RiskService } from './risk.service';

@ApiTags('risk')
@ApiBearerAuth()
@Controller()
export class RiskController {
  constructor(private readonly risk: RiskService) {}

  @Get('producers/:id/risk')
  @Roles('admin', 'county_official', 'producer')
  @ApiOperation({
    summary: "A producer's risk level, score and factors (admin, its county's official, the producer).",
  })
  @ApiResponse({ status: 200, type: ProducerRiskView })
  @ApiResponse({ status: 401, description: 'No valid bearer token.' })
  @ApiResponse({ status: 403, description: 'A role that never sees producer risk.' })
  @ApiResponse({ status: 404, description: 'Unknown producer, or not visible to the caller.' })
  ofProducer(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Caller() caller: Principal,
  ): Promise<ProducerRiskView> {
    return this.risk.ofProducer(caller, id);
  }

  @Get('risk/producers')
  @Roles('admin', 'county_official')
  @ApiOperation({ summary: "Producers by risk level (a county official sees its county's only)." })
  @ApiResponse({ status: 200, type: ProducerRiskPage })
  @ApiResponse({ status: 400, description: 'Bad query (problem+json).' })
  @ApiResponse({ status: 401, description: 'No valid bearer token.' })
  @ApiResponse({ status: 403, description: 'Neither an administrator nor a county official.' })
  list(@Query() query: RiskQuery, @Caller() caller: Principal): Promise<ProducerRiskPage> {
    return this.risk.list(caller, query);
  }
}
