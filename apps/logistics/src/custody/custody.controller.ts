import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles } from '@hb/platform';
import { ShipmentView } from '../shipments/shipment.dto';
import { CustodyEventRequest } from './custody.dto';
import { CustodyService } from './custody.service';

@ApiTags('custody')
@ApiBearerAuth()
@Controller('shipments/:id')
export class CustodyController {
  constructor(private readonly custody: CustodyService) {}

  @Post('claim')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({
    summary: 'Take on a shipment waiting for pick-up; from then on only this operator moves it.',
  })
  @ApiResponse({ status: 200, type: ShipmentView })
  @ApiResponse({ status: 400, description: 'The id is not a UUID.' })
  @ApiResponse({ status: 401, description: 'No valid bearer token.' })
  @ApiResponse({ status: 403, description: 'Not an operator.' })
  @ApiResponse({ status: 404, description: 'No such shipment.' })
  @ApiResponse({
    status: 409,
    description:
      'Already held by an operator (`ShipmentAlreadyClaimed`), or no longer waiting for pick-up (`ShipmentNotClaimable`, with `shipmentStatus`).',
  })
  claim(@Param('id', new ParseUUIDPipe()) id: string, @Caller() caller: Principal): Promise<ShipmentView> {
    return this.custody.claim(caller, id);
  }

  @Post('events')
  @HttpCode(201)
  @Roles('operator')
  @ApiOperation({
    summary: 'Move the shipment to its next status, recording when, where and who handed it to whom.',
    description:
      'picked_up announces ShipmentPickedUp, delivered announces ShipmentDelivered with the cold-chain verdict; other moves announce ShipmentCustodyChanged.',
  })
  @ApiResponse({ status: 201, type: ShipmentView })
  @ApiResponse({ status: 400, description: 'Malformed body (problem+json, every field listed).' })
  @ApiResponse({ status: 401, description: 'No valid bearer token.' })
  @ApiResponse({ status: 403, description: 'Not an operator, or the shipment is not claimed by the caller.' })
  @ApiResponse({
    status: 404,
    description: 'No such shipment visible to the caller (another operator holds it).',
  })
  @ApiResponse({ status: 409, description: 'The move is not allowed from the current status.' })
  @ApiResponse({
    status: 422,
    description:
      'A time in the future (`CustodyMoveInFuture`, with `at`) or before the previous move (`CustodyMoveOutOfOrder`, with `at`, `previousStatus`, `previousAt`); delivery without any temperature reading (`NoColdChainEvidence`).',
  })
  move(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: CustodyEventRequest,
    @Caller() caller: Principal,
  ): Promise<ShipmentView> {
    return this.custody.move(caller, id, request);
  }
}
