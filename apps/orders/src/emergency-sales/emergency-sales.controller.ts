import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, PageQuery, Roles, type Page } from '@hb/platform';
import {
  EmergencyOfferPage,
  EmergencyOfferView,
  EmergencySaleMatch,
  EmergencySaleMatchPage,
} from './emergency-sale.dto';
import { EmergencyMatchingService } from './emergency-matching.service';

@ApiTags('emergency sales')
@ApiBearerAuth()
@Controller()
export class EmergencySalesController {
  constructor(private readonly matching: EmergencyMatchingService) {}

  @Get('emergency-sales/:id/matches')
  @Roles('admin', 'producer', 'county_official')
  @ApiOperation({
    summary:
      "Buyers to ask first about an emergency sale (administrators, the sale's producer, its county's official): furthest behind their pledge pace, then most pledge left, then paired regions; buyers without a pledge never appear.",
  })
  @ApiResponse({ status: 200, type: EmergencySaleMatchPage })
  @ApiResponse({ status: 404, description: 'Unknown sale, or not the caller’s.' })
  matches(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: PageQuery,
    @Caller() caller: Principal,
  ): Promise<Page<EmergencySaleMatch>> {
    return this.matching.matches(caller, id, query);
  }

  @Get('emergency-offers')
  @Roles('buyer')
  @ApiOperation({ summary: "The buyer's offers of emergency sales still open, newest first." })
  @ApiResponse({ status: 200, type: EmergencyOfferPage })
  offers(@Query() query: PageQuery, @Caller() caller: Principal): Promise<Page<EmergencyOfferView>> {
    return this.matching.openOffers(caller, query);
  }
}
