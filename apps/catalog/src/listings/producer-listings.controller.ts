import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, PageQuery, Roles, type Page } from '@hb/platform';
import { ProducerListingPage, ProducerListingView } from './listing.dto';
import { ProducerListingsService } from './producer-listings.service';

@ApiTags('listings')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'No valid bearer token.' })
@Controller('producers/:producerId/listings')
export class ProducerListingsController {
  constructor(private readonly listings: ProducerListingsService) {}

  @Get()
  @Roles('producer', 'admin')
  @ApiOperation({
    summary:
      "The platforms' storefront listings of a producer's products, oldest first (the producer itself, administrators)",
  })
  @ApiParam({ name: 'producerId', format: 'uuid', description: 'The producer id.' })
  @ApiOkResponse({ type: ProducerListingPage })
  @ApiBadRequestResponse({ description: 'An id that is not a UUID, an invalid limit or cursor.' })
  @ApiForbiddenResponse({ description: 'Only producers and administrators.' })
  @ApiNotFoundResponse({ description: 'No such producer, or another producer than the caller.' })
  list(
    @Caller() caller: Principal,
    @Param('producerId', new ParseUUIDPipe()) producerId: string,
    @Query() page: PageQuery,
  ): Promise<Page<ProducerListingView>> {
    return this.listings.list(caller, producerId, page);
  }
}
