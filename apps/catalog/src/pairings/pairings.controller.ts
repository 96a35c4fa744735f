import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hb/platform';
import {
  ChangePairingRequest,
  PairingListQuery,
  PairingPage,
  PairingView,
  RegisterPairingRequest,
} from './pairing.dto';
import { PairingsService } from './pairings.service';

@ApiTags('pairings')
@ApiBearerAuth('bearer')
@ApiResponse({ status: 401, description: 'No valid bearer token (problem+json).' })
@Controller('pairings')
export class PairingsController {
  constructor(private readonly pairings: PairingsService) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({
    summary: 'Pair an assisting city or district with a county it assists (administrators).',
    description: 'Announces catalog.pairing.registered.v1 on catalog.pairing.v1, keyed by the pairing id.',
  })
  @ApiResponse({ status: 201, type: PairingView })
  @ApiResponse({
    status: 400,
    description: 'A province or malformed code, a date that is not a calendar day.',
  })
  @ApiResponse({ status: 403, description: 'The caller is not an administrator.' })
  @ApiResponse({
    status: 422,
    description:
      'An unregistered county (`AssistedCountyNotRegistered`, with `assistedCountyCode`), or `to` before `from` (`PairingPeriodReversed`, with `from`, `to`).',
  })
  register(@Body() request: RegisterPairingRequest): Promise<PairingView> {
    return this.pairings.register(request);
  }

  @Get()
  @ApiOperation({ summary: 'Pairings, filtered by assisted county or assisting region, a page at a time.' })
  @ApiResponse({ status: 200, type: PairingPage })
  list(@Query() query: PairingListQuery): Promise<PairingPage> {
    return this.pairings.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A pairing.' })
  @ApiResponse({ status: 200, type: PairingView })
  @ApiResponse({ status: 404, description: 'No such pairing.' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<PairingView> {
    return this.pairings.get(id);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({
    summary: 'End a pairing (`to`), or correct its end or the region name (administrators).',
    description: 'Announces catalog.pairing.updated.v1 with the full snapshot.',
  })
  @ApiResponse({ status: 200, type: PairingView })
  @ApiResponse({ status: 404, description: 'No such pairing.' })
  @ApiResponse({
    status: 422,
    description: '`to` before the pairing’s `from` (`PairingPeriodReversed`, with `from`, `to`).',
  })
  change(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: ChangePairingRequest,
  ): Promise<PairingView> {
    return this.pairings.change(id, request);
  }
}
