import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles, type Page } from '@hb/platform';
import { BuyerPage, BuyerView, ListBuyersQuery, RegisterBuyerRequest, toBuyerView } from './buyer.dto';
import { BuyersService } from './buyers.service';

@ApiTags('buyers')
@ApiBearerAuth()
@Controller('buyers')
export class BuyersController {
  constructor(private readonly buyers: BuyersService) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: "Onboard a buyer (its users' tokens carry org = the buyer id)." })
  @ApiResponse({ status: 201, type: BuyerView })
  @ApiResponse({
    status: 422,
    description:
      'A pledge without a budget (`PledgeWithoutBudget`), a budget unit without budget or pledge (`BudgetUnitWithoutPledge`, with `missing`), or with a pledge under 10% (`PledgeBelowMinimum`, with `pledgedSharePercent`, `minimumPercent`).',
  })
  register(@Body() request: RegisterBuyerRequest): Promise<BuyerView> {
    return this.buyers.register(request);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Buyers, oldest first; filter by exact name.' })
  @ApiResponse({ status: 200, type: BuyerPage })
  list(@Query() query: ListBuyersQuery): Promise<Page<BuyerView>> {
    return this.buyers.list(query);
  }

  @Get(':id')
  @Roles('buyer', 'admin')
  @ApiOperation({ summary: 'One buyer: a buyer sees only itself, administrators any.' })
  @ApiResponse({ status: 200, type: BuyerView })
  @ApiResponse({ status: 404, description: 'Not this caller, or unknown.' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @Caller() caller: Principal): Promise<BuyerView> {
    return toBuyerView(await this.buyers.get(caller, id));
  }
}
