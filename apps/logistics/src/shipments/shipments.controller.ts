import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles, type Page } from '@hb/platform';
import { ListShipmentsQuery, ShipmentPage, ShipmentView } from './shipment.dto';
import { ShipmentsService } from './shipments.service';

@ApiTags('shipments')
@ApiBearerAuth()
@Controller('shipments')
export class ShipmentsController {
  constructor(private readonly shipments: ShipmentsService) {}

  @Get()
  @Roles('operator', 'buyer', 'producer', 'admin', 'county_official')
  @ApiOperation({
    summary: 'Shipments the caller may see, oldest first.',
    description:
      'Operators see unclaimed shipments and their own; buyers those of their orders; producers those leaving from them; county officials those leaving from their county’s producers, without buyer addresses; administrators all.',
  })
  @ApiResponse({ status: 200, type: ShipmentPage })
  @ApiResponse({ status: 400, description: 'Malformed filter or cursor (problem+json).' })
  @ApiResponse({ status: 401, description: 'No valid bearer token.' })
  @ApiResponse({ status: 403, description: 'A role that has no shipments (platform, certifier).' })
  list(@Query() query: ListShipmentsQuery, @Caller() caller: Principal): Promise<Page<ShipmentView>> {
    return this.shipments.list(caller, query);
  }

  @Get(':id')
  @Roles('operator', 'buyer', 'producer', 'admin', 'county_official')
  @ApiOperation({ summary: 'A shipment with its chain of custody, excursions and cold-chain verdict.' })
  @ApiResponse({ status: 200, type: ShipmentView })
  @ApiResponse({ status: 400, description: 'The id is not a UUID.' })
  @ApiResponse({ status: 401, description: 'No valid bearer token.' })
  @ApiResponse({ status: 403, description: 'A role that has no shipments (platform, certifier).' })
  @ApiResponse({ status: 404, description: 'No such shipment visible to the caller.' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @Caller() caller: Principal): Promise<ShipmentView> {
    return this.shipments.get(caller, id);
  }
}
