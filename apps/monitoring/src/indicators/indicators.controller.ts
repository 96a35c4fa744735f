import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Clock, Public, TokenVerifier, UnauthorizedError } from '@hb/platform';
import { IndicatorsQuery, MarketIndicatorPage } from './indicators.dto';
import { IndicatorsService } from './indicators.service';

@ApiTags('market')
@Controller('market')
export class IndicatorsController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly verifier: TokenVerifier,
    private readonly clock: Clock,
  ) {}

  /** Public for figures by category across all counties (the publication of market information); a county's needs a token. */
  @Get('indicators')
  @Public()
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Market indicators per period and category: orders, acceptances, median price, listings, stock, near expiry, sell-through.',
    description:
      'Without countyCode: all counties together, public. With countyCode: any signed-in role (bearer token).',
  })
  @ApiResponse({ status: 200, type: MarketIndicatorPage })
  @ApiResponse({
    status: 400,
    description: 'Bad query: not a calendar date, from after to, too long a range (problem+json).',
  })
  @ApiResponse({ status: 401, description: 'countyCode without a valid bearer token (problem+json).' })
  async list(
    @Query() query: IndicatorsQuery,
    @Headers('authorization') authorization: string | undefined,
  ): Promise<MarketIndicatorPage> {
    if (query.countyCode !== undefined || authorization !== undefined) {
      const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
      if (!token)
        throw new UnauthorizedError("a county's figures need a bearer token in the Authorization header");
      await this.verifier.verify(token[1]);
    }
    return this.indicators.indicators(query, this.clock.now());
  }
}
