import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles, type Page } from '@hb/platform';
import { BuyerPace, BuyerPacePage, ListBuyerPacesQuery } from './pace.dto';
import { PledgePacingService } from './pledge-pacing.service';

@ApiTags('relief')
@ApiBearerAuth()
@Controller('relief/buyers')
export class PaceController {
  constructor(private readonly pacing: PledgePacingService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({
    summary:
      'Pledged buyers against their pledge pace this year, furthest behind first (administrators; county officials do not see buyers).',
  })
  @ApiResponse({ status: 200, type: BuyerPacePage })
  list(@Query() query: ListBuyerPacesQuery): Promise<Page<BuyerPace>> {
    return this.pacing.list(query);
  }
}
