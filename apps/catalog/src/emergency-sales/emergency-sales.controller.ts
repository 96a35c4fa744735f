import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles, type Page } from '@hb/platform';
import {
  EmergencySalePage,
  EmergencySaleView,
  ListEmergencySalesQuery,
  OpenEmergencySaleRequest,
} from './emergency-sale.dto';
import { EmergencySalesService } from './emergency-sales.service';

@ApiTags('emergency sales')
@ApiBearerAuth()
@Controller('emergency-sales')
export class EmergencySalesController {
  constructor(private readonly sales: EmergencySalesService) {}

  @Post()
  @HttpCode(201)
  @Roles('producer', 'admin', 'county_official')
  @ApiOperation({
    summary:
      "Open an emergency sale (the product's producer, its county's official, an administrator): stock set aside from unexpired lots, earliest expiry first.",
  })
  @ApiResponse({ status: 201, type: EmergencySaleView })
  @ApiResponse({ status: 403, description: "Not the product's producer, nor its county's official." })
  @ApiResponse({
    status: 422,
    description:
      'The product is not listed (draft, delisted), the price is above its lowest tier, its unexpired stock is short of the quantity (none: expired), or endsAt has passed.',
  })
  open(@Body() request: OpenEmergencySaleRequest, @Caller() caller: Principal): Promise<EmergencySaleView> {
    return this.sales.open(caller, request);
  }

  @Get()
  @ApiOperation({
    summary:
      'Emergency sales, newest first: open ones for every role, closed ones for their producer, county official and administrators.',
  })
  @ApiResponse({ status: 200, type: EmergencySalePage })
  list(
    @Query() query: ListEmergencySalesQuery,
    @Caller() caller: Principal,
  ): Promise<Page<EmergencySaleView>> {
    return this.sales.list(caller, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One emergency sale (a closed one only for those who answer for it).' })
  @ApiResponse({ status: 200, type: EmergencySaleView })
  @ApiResponse({ status: 404, description: 'Unknown, or closed and not the caller’s to see.' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @Caller() caller: Principal): Promise<EmergencySaleView> {
    return this.sales.get(caller, id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('producer', 'admin', 'county_official')
  @ApiOperation({
    summary: 'Close an emergency sale by hand; what is unsold goes back to ordinary stock.',
  })
  @ApiResponse({ status: 200, type: EmergencySaleView })
  @ApiResponse({ status: 404, description: 'Unknown, or not a sale the caller answers for.' })
  @ApiResponse({ status: 409, description: 'The sale is closed already (`SaleClosed`, with `saleId`).' })
  close(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Caller() caller: Principal,
  ): Promise<EmergencySaleView> {
    return this.sales.closeByHand(caller, id);
  }
}
