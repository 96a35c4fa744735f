import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles, type Page } from '@hb/platform';
import {
  AwardRfqRequest,
  CreateRfqRequest,
  ListRfqsQuery,
  QuoteView,
  RfqPage,
  RfqView,
  SubmitQuoteRequest,
} from './rfq.dto';
import { RfqsService } from './rfqs.service';

@ApiTags('requests for quotation')
@ApiBearerAuth()
@Controller('rfqs')
export class RfqsController {
  constructor(private readonly rfqs: RfqsService) {}

  @Post()
  @Roles('buyer')
  @ApiOperation({ summary: 'Ask producers of a category (in poverty counties, if asked) for quotes.' })
  @ApiResponse({ status: 201, type: RfqView })
  @ApiResponse({ status: 400, description: 'Malformed body, or needBy in the past.' })
  create(@Body() request: CreateRfqRequest, @Caller() caller: Principal): Promise<RfqView> {
    return this.rfqs.create(caller, request);
  }

  @Get()
  @Roles('buyer', 'producer', 'admin')
  @ApiOperation({
    summary:
      "Buyers: their own requests. Producers: open requests of a category they have a listed product in (a key or deep poverty county's, when asked), and those they quoted on. Newest first.",
  })
  @ApiResponse({ status: 200, type: RfqPage })
  list(@Query() query: ListRfqsQuery, @Caller() caller: Principal): Promise<Page<RfqView>> {
    return this.rfqs.list(caller, query);
  }

  @Get(':id')
  @Roles('buyer', 'producer', 'admin')
  @ApiOperation({
    summary: 'One request with its quotes: all of them for its buyer, only its own for a producer.',
  })
  @ApiResponse({ status: 200, type: RfqView })
  @ApiResponse({ status: 404, description: 'No such request that you may see.' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @Caller() caller: Principal): Promise<RfqView> {
    return this.rfqs.get(caller, id);
  }

  @Post(':id/quotes')
  @Roles('producer')
  @ApiOperation({ summary: 'Quote one of your listed products of the requested category.' })
  @ApiResponse({ status: 201, type: QuoteView })
  @ApiResponse({ status: 400, description: 'Malformed body, or validUntil in the past.' })
  @ApiResponse({ status: 404, description: 'No such request that you may see.' })
  @ApiResponse({ status: 409, description: 'The request was awarded already.' })
  @ApiResponse({
    status: 422,
    description:
      'The product is not yours, not listed, not of the category, not from a poverty county when asked, or sold from more than the quoted quantity (`productId`, `problem`).',
  })
  quote(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: SubmitQuoteRequest,
    @Caller() caller: Principal,
  ): Promise<QuoteView> {
    return this.rfqs.quote(caller, id, request);
  }

  @Post(':id/award')
  @HttpCode(200)
  @Roles('buyer')
  @ApiOperation({
    summary:
      'Award a quote: an ordinary order is placed for its product and quantity at its price (`orderId`), through the usual saga and relief rules.',
  })
  @ApiResponse({ status: 200, type: RfqView })
  @ApiResponse({ status: 404, description: 'No such request of yours, or no such quote on it.' })
  @ApiResponse({
    status: 409,
    description:
      'Already awarded (`/problems/illegal-transition`), or the quote expired (`quoteId`, `validUntil`).',
  })
  @ApiResponse({
    status: 422,
    description: 'No deliveryAddress on the request or the award, or the product cannot be ordered any more.',
  })
  award(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: AwardRfqRequest,
    @Caller() caller: Principal,
  ): Promise<RfqView> {
    return this.rfqs.award(caller, id, request);
  }
}
