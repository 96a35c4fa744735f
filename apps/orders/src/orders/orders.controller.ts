import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Principal } from '@hb/contracts';
import { Caller, Roles, type Page } from '@hb/platform';
import { IdempotencyKey } from './idempotency-key.decorator';
import {
  AcceptOrderRequest,
  ListOrdersQuery,
  OrderPage,
  OrderView,
  PlaceOrderRequest,
  ResolveDisputeRequest,
} from './order.dto';
import { OrdersService } from './orders.service';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Post()
  @Roles('buyer')
  @ApiOperation({ summary: 'Place a bulk order (idempotent per Idempotency-Key).' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'Same key and body → same order and response.',
  })
  @ApiResponse({ status: 201, type: OrderView })
  @ApiResponse({ status: 400, description: 'Malformed body or missing/malformed Idempotency-Key.' })
  @ApiResponse({
    status: 422,
    description:
      'Lines no order can be placed with: unknown or unlisted product, quantity under the minimum, an emergency sale unknown or of another product (`OrderLinesRejected`, with `lines`: productId and problem); a product on two lines (`DuplicateOrderProducts`, with `productIds`); a delivery date that has passed (`DeliveryDateInPast`, with `requestedDeliveryDate`, `today`); key reused with another body (`IdempotencyKeyReused`, with `idempotencyKey`).',
  })
  @ApiResponse({
    status: 409,
    description: 'A line names an emergency sale that is closed (`SaleClosed`, with `saleId`).',
  })
  async place(
    @IdempotencyKey() key: string,
    @Body() request: PlaceOrderRequest,
    @Caller() caller: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrderView> {
    const response = await this.orders.place(caller, key, request);
    void reply.status(response.statusCode);
    return response.body;
  }

  @Get()
  @Roles('buyer', 'admin')
  @ApiOperation({ summary: "The caller's orders, newest first (administrators see all)." })
  @ApiResponse({ status: 200, type: OrderPage })
  list(@Query() query: ListOrdersQuery, @Caller() caller: Principal): Promise<Page<OrderView>> {
    return this.orders.list(caller, query);
  }

  @Get(':id')
  @Roles('buyer', 'admin')
  @ApiOperation({ summary: 'One order with its lines, shipments and cold-chain verdicts.' })
  @ApiResponse({ status: 200, type: OrderView })
  @ApiResponse({ status: 404, description: 'No such order of yours.' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @Caller() caller: Principal): Promise<OrderView> {
    return this.orders.get(caller, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('buyer', 'admin')
  @ApiOperation({ summary: 'Cancel before dispatch: stock is released and shipments cancelled.' })
  @ApiResponse({ status: 200, type: OrderView })
  @ApiResponse({ status: 409, description: 'Already on its way or finished.' })
  cancel(@Param('id', new ParseUUIDPipe()) id: string, @Caller() caller: Principal): Promise<OrderView> {
    return this.orders.cancel(caller, id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('buyer')
  @ApiOperation({
    summary: 'Accept a delivered order, optionally refusing part of some lines (they are refunded).',
  })
  @ApiResponse({ status: 200, type: OrderView })
  @ApiResponse({ status: 409, description: 'The order is not delivered.' })
  @ApiResponse({
    status: 422,
    description:
      'A line that is not in the order (`LineNotInOrder`) or named twice (`LineNamedTwice`), more than was ordered (`AcceptedMoreThanOrdered`, with `acceptedQuantity`, `orderedQuantity`), an override for a line that needs none (`NoOverrideToGive`), all with `productId`; or (`/problems/breached-cold-chain`, listing `lines`) a line from a shipment that breached the cold chain kept without an overrideReason.',
  })
  accept(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: AcceptOrderRequest,
    @Caller() caller: Principal,
  ): Promise<OrderView> {
    return this.orders.accept(caller, id, request);
  }

  @Post(':id/dispute/resolve')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary:
      'Resolve a disputed order: refund (on top of the refused quantities; reversed in the relief ledger), replacement or rejected.',
  })
  @ApiResponse({ status: 200, type: OrderView })
  @ApiResponse({ status: 409, description: 'The order is not disputed.' })
  @ApiResponse({
    status: 422,
    description:
      'refundCents missing for a refund or given otherwise (`RefundDoesNotFitResolution`, with `resolution`, `refundCents`), or too large (`RefundAboveAccepted`, with `refundCents`, `refundableCents`).',
  })
  resolveDispute(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: ResolveDisputeRequest,
    @Caller() caller: Principal,
  ): Promise<OrderView> {
    return this.orders.resolveDispute(caller, id, request);
  }
}
