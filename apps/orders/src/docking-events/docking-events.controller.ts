import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, PageQuery, Roles, type Page } from '@hb/platform';
import {
  CreateDockingEventRequest,
  DockingEventPage,
  DockingEventReport,
  DockingEventView,
  ExhibitorPage,
  ExhibitorView,
  IntentPage,
  IntentView,
  ListDockingEventsQuery,
  RecordIntentRequest,
  RegisterExhibitorRequest,
} from './docking-event.dto';
import { DockingEventsService } from './docking-events.service';

@ApiTags('docking fairs')
@ApiBearerAuth()
@Controller('docking-events')
export class DockingEventsController {
  constructor(private readonly fairs: DockingEventsService) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Organise a production–marketing docking fair.' })
  @ApiResponse({ status: 201, type: DockingEventView })
  @ApiResponse({ status: 400, description: 'Malformed body, or endsOn before startsOn.' })
  create(@Body() request: CreateDockingEventRequest): Promise<DockingEventView> {
    return this.fairs.create(request);
  }

  @Get()
  @ApiOperation({
    summary: 'Docking fairs: upcoming soonest first, past latest first (any signed-in caller).',
  })
  @ApiResponse({ status: 200, type: DockingEventPage })
  list(@Query() query: ListDockingEventsQuery): Promise<Page<DockingEventView>> {
    return this.fairs.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One docking fair (any signed-in caller).' })
  @ApiResponse({ status: 200, type: DockingEventView })
  @ApiResponse({ status: 404, description: 'No such fair.' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<DockingEventView> {
    return this.fairs.get(id);
  }

  @Post(':id/exhibitors')
  @Roles('producer', 'admin')
  @ApiOperation({
    summary:
      "Take a booth (a producer for itself, an administrator for a named producer), at the fair's fee less the reduction of the producer's poverty county: key 50 %, deep waived by default.",
  })
  @ApiResponse({ status: 201, type: ExhibitorView })
  @ApiResponse({
    status: 400,
    description: 'Malformed body; an administrator names no producerId, a producer another’s.',
  })
  @ApiResponse({ status: 404, description: 'No such fair.' })
  @ApiResponse({
    status: 409,
    description: 'The producer is an exhibitor already (`eventId`, `producerId`).',
  })
  @ApiResponse({
    status: 422,
    description: 'A producer with no product in the catalog: its county is unknown (`producerId`).',
  })
  register(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: RegisterExhibitorRequest,
    @Caller() caller: Principal,
  ): Promise<ExhibitorView> {
    return this.fairs.register(caller, id, request);
  }

  @Get(':id/exhibitors')
  @ApiOperation({ summary: 'The exhibitors of a fair, in the order they registered, with their booth fees.' })
  @ApiResponse({ status: 200, type: ExhibitorPage })
  @ApiResponse({ status: 404, description: 'No such fair.' })
  exhibitors(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: PageQuery,
  ): Promise<Page<ExhibitorView>> {
    return this.fairs.exhibitors(id, query);
  }

  @Post(':id/intents')
  @Roles('buyer')
  @ApiOperation({
    summary: "Record a purchase intent for an exhibitor's product, priced from its tiers now.",
  })
  @ApiResponse({ status: 201, type: IntentView })
  @ApiResponse({ status: 400, description: 'Malformed body.' })
  @ApiResponse({ status: 404, description: 'No such fair.' })
  @ApiResponse({
    status: 422,
    description:
      'The product is unknown or not an exhibitor’s (`productId`), or the quantity is under its minimum.',
  })
  recordIntent(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: RecordIntentRequest,
    @Caller() caller: Principal,
  ): Promise<IntentView> {
    return this.fairs.recordIntent(caller, id, request);
  }

  @Get(':id/intents')
  @Roles('buyer', 'producer', 'admin', 'county_official')
  @ApiOperation({
    summary:
      "A fair's purchase intents, oldest first: a buyer's own, those for a producer's products, a county official's county's, all for administrators.",
  })
  @ApiResponse({ status: 200, type: IntentPage })
  @ApiResponse({ status: 404, description: 'No such fair.' })
  intents(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: PageQuery,
    @Caller() caller: Principal,
  ): Promise<Page<IntentView>> {
    return this.fairs.intents(caller, id, query);
  }

  @Get(':id/report')
  @Roles('admin', 'county_official')
  @ApiOperation({
    summary:
      "A fair by county: exhibitors, intents, orders placed from them and the relief accepted from those orders (a county official's county only).",
  })
  @ApiResponse({ status: 200, type: DockingEventReport })
  @ApiResponse({ status: 404, description: 'No such fair.' })
  report(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Caller() caller: Principal,
  ): Promise<DockingEventReport> {
    return this.fairs.report(caller, id);
  }
}
