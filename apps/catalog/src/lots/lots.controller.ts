import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles } from '@hb/platform';
import { LotRecallResult, LotTraceView, RecallLotRequest } from './lot-trace.dto';
import { LotTraceService } from './lot-trace.service';

@ApiTags('traceability')
@ApiBearerAuth()
@Controller('lots/:id')
export class LotTraceController {
  constructor(private readonly lots: LotTraceService) {}

  @Get('trace')
  @Roles('producer', 'admin', 'county_official')
  @ApiOperation({
    summary:
      'A harvest lot and every order it was reserved for (its producer, an administrator, its county’s official).',
    description:
      'Orders (`GET /v1/orders?lotId=`, `GET /v1/recalls`) and logistics (`GET /v1/shipments?lotId=`, `GET /v1/lots/{id}/epcis`) answer their part of the trace by the same lot id.',
  })
  @ApiResponse({ status: 200, type: LotTraceView })
  trace(@Param('id', new ParseUUIDPipe()) id: string, @Caller() caller: Principal): Promise<LotTraceView> {
    return this.lots.trace(caller, id);
  }

  @Post('recall')
  @HttpCode(200)
  @Roles('producer', 'admin')
  @ApiOperation({
    summary: 'Recall a harvest lot (its producer or an administrator).',
    description:
      'Blocks what is left of the lot, releases the reservations of orders not yet confirmed (orders rejects them with reason `recalled`) and announces `catalog.lot.recalled.v1`: orders marks and notifies every order the lot reached and refuses or reverses what was not yet taken; logistics marks the shipments still moving.',
  })
  @ApiResponse({ status: 200, type: LotRecallResult })
  @ApiResponse({ status: 409, description: 'The lot was already recalled (`recalledAt` says when).' })
  recall(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: RecallLotRequest,
    @Caller() caller: Principal,
  ): Promise<LotRecallResult> {
    return this.lots.recall(caller, id, request);
  }
}
