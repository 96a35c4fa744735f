import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, PageQuery, Roles, type Page } from '@hb/platform';
import { CreateListingRequest, ListingPage, ListingView } from './listing.dto';
import { ListingsService } from './listings.service';

@ApiTags('listings')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'No valid bearer token.' })
@ApiForbiddenResponse({ description: 'Only e-commerce platforms have storefront listings.' })
@Roles('platform')
@Controller('listings')
export class ListingsController {
  constructor(private readonly listings: ListingsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Put a listed product on your storefront under your own SKU' })
  @ApiCreatedResponse({ type: ListingView })
  @ApiBadRequestResponse({
    description: 'A product id that is not a UUID, or an SKU outside 1–64 of [A-Za-z0-9._-].',
  })
  @ApiConflictResponse({
    description:
      'Your storefront already has this SKU (`SkuAlreadyUsed`), or already lists this product (`ProductAlreadyOnStorefront`); both with `listingId`.',
  })
  @ApiUnprocessableEntityResponse({
    description: 'The product does not exist or is not listed (`ProductNotListable`, with `productId`).',
  })
  create(@Caller() caller: Principal, @Body() body: CreateListingRequest): Promise<ListingView> {
    return this.listings.create(caller, body);
  }

  @Get()
  @ApiOperation({ summary: 'Your storefront listings, oldest first' })
  @ApiOkResponse({
    type: ListingPage,
    description: 'A page of your listings and the cursor of the next one.',
  })
  @ApiBadRequestResponse({ description: 'An invalid limit, or a cursor this API did not give.' })
  list(@Caller() caller: Principal, @Query() page: PageQuery): Promise<Page<ListingView>> {
    return this.listings.list(caller, page);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Take a listing off your storefront' })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The listing id.' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such listing on your storefront.' })
  remove(@Caller() caller: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    return this.listings.remove(caller, id);
  }
}
