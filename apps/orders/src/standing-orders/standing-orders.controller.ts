import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles, type Page } from '@hb/platform';
import {
  CreateStandingOrderRequest,
  ListStandingOrdersQuery,
  StandingOrderPage,
  StandingOrderView,
} from './standing-order.dto';
import { StandingOrdersService } from './standing-orders.service';

@ApiTags('standing orders')
@ApiBearerAuth()
@Controller('standing-orders')
export class StandingOrdersController {
  constructor(private readonly standingOrders: StandingOrdersService) {}

  @Post()
  @Roles('buyer')
  @ApiOperation({
    summary:
      'Order the same lines every week or month: each occurrence is placed as an ordinary order ORDERS_STANDING_ORDER_LEAD_DAYS before its day.',
  })
  @ApiResponse({ status: 201, type: StandingOrderView })
  @ApiResponse({
    status: 400,
    description: 'Malformed body, dayOfWeek/dayOfMonth missing or not matching `every`, start in the past.',
  })
  @ApiResponse({
    status: 422,
    description:
      'A line of an unknown or unlisted product or under its minimum (`lines`), or no occurrence between startsOn and endsOn.',
  })
  create(
    @Body() request: CreateStandingOrderRequest,
    @Caller() caller: Principal,
  ): Promise<StandingOrderView> {
    return this.standingOrders.create(caller, request);
  }

  @Get()
  @Roles('buyer', 'admin')
  @ApiOperation({ summary: "The caller's standing orders, newest first (administrators see all)." })
  @ApiResponse({ status: 200, type: StandingOrderPage })
  list(
    @Query() query: ListStandingOrdersQuery,
    @Caller() caller: Principal,
  ): Promise<Page<StandingOrderView>> {
    return this.standingOrders.list(caller, query);
  }

  @Get(':id')
  @Roles('buyer', 'admin')
  @ApiOperation({ summary: 'One standing order with its latest occurrences.' })
  @ApiResponse({ status: 200, type: StandingOrderView })
  @ApiResponse({ status: 404, description: 'No such standing order of yours.' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @Caller() caller: Principal): Promise<StandingOrderView> {
    return this.standingOrders.get(caller, id);
  }

  @Post(':id/pause')
  @HttpCode(200)
  @Roles('buyer', 'admin')
  @ApiOperation({ summary: 'Stop placing occurrences until resumed (orders.standingOrder.paused.v1).' })
  @ApiResponse({ status: 200, type: StandingOrderView })
  @ApiResponse({ status: 404, description: 'No such standing order of yours.' })
  @ApiResponse({ status: 409, description: 'Not active.' })
  pause(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Caller() caller: Principal,
  ): Promise<StandingOrderView> {
    return this.standingOrders.pause(caller, id);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @Roles('buyer', 'admin')
  @ApiOperation({
    summary:
      'Place occurrences again, from the first one not before today (the paused days are not placed late).',
  })
  @ApiResponse({ status: 200, type: StandingOrderView })
  @ApiResponse({ status: 404, description: 'No such standing order of yours.' })
  @ApiResponse({ status: 409, description: 'Not paused.' })
  resume(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Caller() caller: Principal,
  ): Promise<StandingOrderView> {
    return this.standingOrders.resume(caller, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('buyer', 'admin')
  @ApiOperation({ summary: 'End the standing order for good; orders already placed are not touched.' })
  @ApiResponse({ status: 200, type: StandingOrderView })
  @ApiResponse({ status: 404, description: 'No such standing order of yours.' })
  @ApiResponse({ status: 409, description: 'Already cancelled or ended.' })
  cancel(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Caller() caller: Principal,
  ): Promise<StandingOrderView> {
    return this.standingOrders.cancel(caller, id);
  }
}
