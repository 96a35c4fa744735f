import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles } from '@hb/platform';
import { ProducerListQuery, ProducerPage, ProducerView, RegisterProducerRequest } from './producer.dto';
import { ProducersService } from './producers.service';

@ApiTags('producers')
@ApiBearerAuth('bearer')
@ApiResponse({ status: 401, description: 'No valid bearer token (problem+json).' })
@Controller('producers')
export class ProducersController {
  constructor(private readonly producers: ProducersService) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({
    summary: 'Onboard a producer in a registered county (administrators).',
    description:
      "Announces catalog.producer.registered.v1 on catalog.producer.v1, keyed by the new id, with the county's poverty status. " +
      "The producer's users carry this id as `org` in their tokens.",
  })
  @ApiResponse({ status: 201, type: ProducerView })
  @ApiResponse({
    status: 400,
    description:
      'Malformed body: unknown kind, negative households, credit code malformed or with a wrong check digit.',
  })
  @ApiResponse({ status: 403, description: 'The caller is not an administrator.' })
  @ApiResponse({
    status: 409,
    description:
      'A producer with this credit code is already registered (`CreditCodeAlreadyRegistered`, with `creditCode`).',
  })
  @ApiResponse({
    status: 422,
    description: 'The county is not registered (`ProducerCountyNotRegistered`, with `countyCode`).',
  })
  register(@Body() request: RegisterProducerRequest): Promise<ProducerView> {
    return this.producers.register(request);
  }

  @Get()
  @Roles('admin', 'county_official')
  @ApiOperation({
    summary:
      'Producers, oldest first, optionally of one county, a page at a time (administrators; a county official: its county, another → 404).',
  })
  @ApiResponse({ status: 200, type: ProducerPage })
  @ApiResponse({
    status: 400,
    description: 'Malformed county code, limit out of 1–100, or a cursor this API did not give.',
  })
  @ApiResponse({ status: 403, description: 'The caller is neither an administrator nor a county official.' })
  @ApiResponse({ status: 404, description: "A county official asking for another county's producers." })
  list(@Query() query: ProducerListQuery, @Caller() caller: Principal): Promise<ProducerPage> {
    return this.producers.list(query, caller);
  }

  @Get(':id')
  @ApiParam({ name: 'id', format: 'uuid', example: '7d3f5a2e-8c41-4b6a-9e0f-2a1b3c4d5e6f' })
  @ApiOperation({ summary: 'A producer by id.' })
  @ApiResponse({ status: 200, type: ProducerView })
  @ApiResponse({ status: 400, description: 'The id is not a UUID.' })
  @ApiResponse({ status: 404, description: 'No producer with this id.' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<ProducerView> {
    return this.producers.get(id);
  }
}
