import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles } from '@hb/platform';
import { AddLotRequest, LotView, StockView } from './lot.dto';
import { LotsService } from './lots.service';

@ApiTags('stock')
@ApiBearerAuth()
@Controller('products/:id')
export class LotsController {
  constructor(private readonly lots: LotsService) {}

  @Post('lots')
  @HttpCode(201)
  @Roles('producer', 'admin')
  @ApiOperation({ summary: 'Add a harvest lot to a product (its producer or an administrator).' })
  @ApiResponse({ status: 201, type: LotView })
  @ApiResponse({ status: 400, description: 'Malformed body (problem+json).' })
  @ApiResponse({ status: 403, description: 'Not the producer of this product.' })
  @ApiResponse({ status: 404, description: 'No such product visible to the caller.' })
  @ApiResponse({
    status: 422,
    description:
      'Not a calendar date (`LotDateNotReal`, with `field`, `value`), harvested in the future (`HarvestInFuture`, with `harvestedOn`, `today`), expiring before harvest (`ExpiresBeforeHarvest`, with `expiresOn`, `harvestedOn`), or expired (`LotAlreadyExpired`, with `expiresOn`, `today`).',
  })
  addLot(
    @Param('id', new ParseUUIDPipe()) productId: string,
    @Body() request: AddLotRequest,
    @Caller() caller: Principal,
  ): Promise<LotView> {
    return this.lots.addLot(caller, productId, request);
  }

  @Get('stock')
  @ApiOperation({ summary: 'Stock of a product: available, reserved, per lot, soonest expiry.' })
  @ApiResponse({ status: 200, type: StockView })
  @ApiResponse({ status: 404, description: 'No such product visible to the caller.' })
  stock(
    @Param('id', new ParseUUIDPipe()) productId: string,
    @Caller() caller: Principal,
  ): Promise<StockView> {
    return this.lots.stockOf(caller, productId);
  }
}
