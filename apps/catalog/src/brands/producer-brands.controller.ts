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
import { Caller, Roles, type Page } from '@hb/platform';
import { BrandPage, ProducerBrandsQuery, type BrandView } from './brand.dto';
import { BrandsService } from './brands.service';

/** A producer's own brands, whatever their status: the public catalogue shows only admitted ones. */
@ApiTags('brands')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'No valid bearer token.' })
@Controller('producers/:producerId/brands')
export class ProducerBrandsController {
  constructor(private readonly brands: BrandsService) {}

  @Get()
  @Roles('producer', 'admin')
  @ApiOperation({
    summary:
      "A producer's own brands in every status, newest submission first (the producer itself, administrators)",
    description:
      'The brands it owns: submitted (waiting for an administrator), admitted or rejected, each with the ' +
      "administrator's note on the decision (the reason of a rejection) in decisionNote.",
  })
  @ApiParam({ name: 'producerId', format: 'uuid', description: 'The producer id.' })
  @ApiOkResponse({ type: BrandPage })
  @ApiBadRequestResponse({ description: 'An id that is not a UUID, an invalid status, limit or cursor.' })
  @ApiForbiddenResponse({ description: 'Only producers and administrators.' })
  @ApiNotFoundResponse({ description: 'No such producer, or another producer than the caller.' })
  list(
    @Caller() caller: Principal,
    @Param('producerId', new ParseUUIDPipe()) producerId: string,
    @Query() query: ProducerBrandsQuery,
  ): Promise<Page<BrandView>> {
    return this.brands.ofProducer(caller, producerId, query);
  }
}
