import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hb/platform';
import { CountiesService } from './counties.service';
import { ParseCountyCodePipe } from './county-code.pipe';
import {
  ChangeCountyRequest,
  CountyListQuery,
  CountyPage,
  CountyView,
  RegisterCountyRequest,
} from './county.dto';

@ApiTags('counties')
@ApiBearerAuth('bearer')
@ApiResponse({ status: 401, description: 'No valid bearer token (problem+json).' })
@Controller('counties')
export class CountiesController {
  constructor(private readonly counties: CountiesService) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({
    summary: 'Register a county with its poverty status (administrators).',
    description: 'Announces catalog.county.registered.v1 on catalog.county.v1, keyed by the code.',
  })
  @ApiResponse({ status: 201, type: CountyView })
  @ApiResponse({
    status: 400,
    description: 'Malformed body: code not 6 digits, unknown status, liftedOn missing or in the future.',
  })
  @ApiResponse({ status: 403, description: 'The caller is not an administrator.' })
  @ApiResponse({
    status: 409,
    description: 'A county with this code is already registered (`CountyAlreadyRegistered`, with `code`).',
  })
  register(@Body() request: RegisterCountyRequest): Promise<CountyView> {
    return this.counties.register(request);
  }

  @Get()
  @ApiOperation({ summary: 'Counties ordered by code, optionally of one poverty status, a page at a time.' })
  @ApiResponse({ status: 200, type: CountyPage })
  @ApiResponse({
    status: 400,
    description: 'Unknown status, limit out of 1–100, or a cursor this API did not give.',
  })
  list(@Query() query: CountyListQuery): Promise<CountyPage> {
    return this.counties.list(query);
  }

  @Get(':code')
  @ApiParam({ name: 'code', example: '513431', description: 'Administrative division code, 6 digits.' })
  @ApiOperation({ summary: 'A county by its administrative division code.' })
  @ApiResponse({ status: 200, type: CountyView })
  @ApiResponse({ status: 400, description: 'The code is not 6 digits.' })
  @ApiResponse({ status: 404, description: 'No county with this code.' })
  get(@Param('code', ParseCountyCodePipe) code: string): Promise<CountyView> {
    return this.counties.get(code);
  }

  @Patch(':code')
  @Roles('admin')
  @ApiParam({ name: 'code', example: '513429', description: 'Administrative division code, 6 digits.' })
  @ApiOperation({
    summary: 'Change a county: names, paired city, poverty status (administrators).',
    description:
      'Announces catalog.county.updated.v1 with the status before the change. Moving back to key or deep ' +
      'clears liftedOn. A change that changes nothing announces nothing.',
  })
  @ApiResponse({ status: 200, type: CountyView })
  @ApiResponse({ status: 400, description: 'Malformed body or code.' })
  @ApiResponse({ status: 403, description: 'The caller is not an administrator.' })
  @ApiResponse({ status: 404, description: 'No county with this code.' })
  @ApiResponse({
    status: 422,
    description:
      'The county would be lifted without a liftedOn date, or have one without being lifted (`PovertyStatusMismatch`, with `code`, `povertyStatus`, `liftedOn`).',
  })
  change(
    @Param('code', ParseCountyCodePipe) code: string,
    @Body() request: ChangeCountyRequest,
  ): Promise<CountyView> {
    return this.counties.change(code, request);
  }
}
