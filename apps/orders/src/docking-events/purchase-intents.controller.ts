import { Body, Controller, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Principal } from '@hb/contracts';
import { Caller, Roles } from '@hb/platform';
import { OrderView } from '../orders/order.dto';
import { OrderIntentRequest } from './docking-event.dto';
import { DockingEventsService } from './docking-events.service';

@ApiTags('docking fairs')
@ApiBearerAuth()
@Controller('intents')
export class PurchaseIntentsController {
  constructor(private readonly fairs: DockingEventsService) {}

  @Post(':id/order')
  @Roles('buyer')
  @ApiOperation({
    summary:
      "Turn your purchase intent into an ordinary order (saga and relief rules unchanged), once: asked again, the same order (200) and the body is ignored. The body is optional: deliveryAddress defaults to the intent's, requestedDeliveryDate to a week from today.",
  })
  @ApiResponse({ status: 201, type: OrderView, description: 'The order placed now.' })
  @ApiResponse({ status: 200, type: OrderView, description: 'The order the intent became before.' })
  @ApiResponse({ status: 400, description: 'Malformed body, or a delivery date in the past.' })
  @ApiResponse({ status: 404, description: 'No such intent of yours.' })
  @ApiResponse({
    status: 422,
    description:
      'No deliveryAddress on the intent or the body (`intentId`), or the product cannot be ordered any more.',
  })
  async order(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: OrderIntentRequest,
    @Caller() caller: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderView> {
    const response = await this.fairs.order(caller, id, request ?? {});
    void reply.status(response.statusCode);
    return response.body;
  }
}
