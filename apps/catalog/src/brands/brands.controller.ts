import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '@hb/contracts';
import {
  answerWithBodyTag,
  Caller,
  ConditionalRead,
  Public,
  Roles,
  TAGGED_OK,
  type Page,
} from '@hb/platform';
import { BRAND_LIFECYCLE } from './brand-lifecycle';
import {
  BrandDecisionRequest,
  BrandDetailView,
  BrandListQuery,
  BrandPage,
  BrandView,
  SubmitBrandRequest,
} from './brand.dto';
import { BrandsService } from './brands.service';

const BRAND_ID = { name: 'id', format: 'uuid', description: 'The brand id.' } as const;

@ApiTags('brands')
@Controller('brands')
export class BrandsController {
  constructor(private readonly brands: BrandsService) {}

  @Post()
  @HttpCode(201)
  @ApiBearerAuth('bearer')
  @Roles('producer', 'county_official', 'admin')
  @ApiOperation({
    summary: 'Submit a brand for the catalogue',
    description:
      'A producer submits its own enterprise or product brand (ownerProducerId its own organisation, or left out); ' +
      "a county official a regional public brand of its own county; an administrator any. The owner of an enterprise or product brand is a producer of the brand's county. " +
      'The brand waits as `submitted` for an administrator. Announced as catalog.brand.submitted.v1.',
  })
  @ApiCreatedResponse({ type: BrandView, description: 'The brand, submitted.' })
  @ApiBadRequestResponse({
    description: 'A field is missing or invalid (ownerProducerId for an enterprise or product brand).',
  })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token.' })
  @ApiForbiddenResponse({
    description:
      "Another producer's brand, a regional public brand from a producer, another county's from a county official, or a role that does not submit brands.",
  })
  @ApiConflictResponse({ description: 'The county has a brand of that name already (`BrandNameTaken`).' })
  @ApiUnprocessableEntityResponse({
    description:
      'Unknown county (`UnknownCounty`), an owner that is not a producer of the county (`OwnerNotOfCounty`), or a geographical-indication certificate on a brand that is not regional public (`GeographicalIndicationNotForKind`).',
  })
  submit(@Caller() caller: Principal, @Body() body: SubmitBrandRequest): Promise<BrandView> {
    return this.brands.submit(caller, body);
  }

  @Get()
  @Public()
  @ApiOperation({
    summary: 'The brand catalogue (public)',
    description:
      'Admitted brands only: those of deep poverty counties first, then key ones, then the others, each in order of admission.',
  })
  @ApiOkResponse({ type: BrandPage, ...TAGGED_OK })
  @ConditionalRead('public')
  @ApiBadRequestResponse({
    description: 'An unknown or invalid query parameter, or a cursor this API did not give.',
  })
  async catalogue(
    @Query() query: BrandListQuery,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    answerWithBodyTag(request, reply, 'public', await this.brands.catalogue(query));
  }

  @Get('queue')
  @ApiBearerAuth('bearer')
  @Roles('admin')
  @ApiOperation({
    summary: 'The admission queue (administrators)',
    description:
      'Submitted brands waiting for a decision: those of deep poverty counties first, then key ones, then the others; oldest submission first within each.',
  })
  @ApiOkResponse({ type: BrandPage })
  @ApiBadRequestResponse({
    description: 'An unknown or invalid query parameter, or a cursor this API did not give.',
  })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token.' })
  @ApiForbiddenResponse({ description: 'Not an administrator.' })
  queue(@Query() query: BrandListQuery): Promise<Page<BrandView>> {
    return this.brands.queue(query);
  }

  @Get(':id')
  @Public()
  @ApiOperation({
    summary: 'An admitted brand with its products (public)',
    description:
      'With the listed products naming it and, for a regional public brand, its geographical-indication certificate as certification last announced it (`valid` false once suspended, revoked or expired).',
  })
  @ApiParam(BRAND_ID)
  @ApiOkResponse({ type: BrandDetailView, ...TAGGED_OK })
  @ConditionalRead('public')
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such brand, or one not admitted (yet).' })
  async get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // A brand's detail gathers its products and certificate: its ETag is a hash of the body.
    answerWithBodyTag(request, reply, 'public', await this.brands.get(id));
  }

  @Post(':id/decision')
  @HttpCode(200)
  @ApiBearerAuth('bearer')
  @Roles('admin')
  @ApiOperation({
    summary: 'Admit or reject a submitted brand (administrators)',
    description: `${BRAND_LIFECYCLE.describe()}\n\nAnnounced as catalog.brand.admitted.v1 or catalog.brand.rejected.v1.`,
  })
  @ApiParam(BRAND_ID)
  @ApiOkResponse({ type: BrandView })
  @ApiBadRequestResponse({
    description: 'The id is not a UUID, or the decision or note is missing or invalid.',
  })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token.' })
  @ApiForbiddenResponse({ description: 'Not an administrator.' })
  @ApiNotFoundResponse({ description: 'No such brand.' })
  @ApiConflictResponse({ description: 'The brand was decided already (`IllegalTransition`).' })
  decide(
    @Caller() caller: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: BrandDecisionRequest,
  ): Promise<BrandView> {
    return this.brands.decide(caller, id, body);
  }
}
