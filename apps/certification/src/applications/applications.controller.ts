import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, Roles, type Page } from '@hb/platform';
import { describeReviewPath } from './application-stage';
import {
  ApplicationListQuery,
  ApplicationPage,
  ApplicationView,
  SubmitApplicationRequest,
  TransitionRequest,
  WithdrawRequest,
} from './application.dto';
import { ApplicationsService } from './applications.service';

const APPLICATION_ID = { name: 'id', format: 'uuid', description: 'The application id.' } as const;
const NOT_VISIBLE = 'No such application, or not yours.';

@ApiTags('applications')
@ApiBearerAuth()
@ApiResponse({ status: 401, description: 'No valid bearer token.' })
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post()
  @HttpCode(201)
  @Roles('producer')
  @ApiOperation({
    summary: 'Apply for a certificate, or for the renewal of one',
    description:
      "For the caller's own products (token org = the producer). The fee, the relief of the producer's " +
      'poverty county and the priority lane are decided now. Announced as certification.application.submitted.v1.',
  })
  @ApiResponse({ status: 201, type: ApplicationView })
  @ApiResponse({
    status: 400,
    description: 'An unknown scheme, a malformed product id, a product named twice…',
  })
  @ApiResponse({ status: 403, description: 'Not a producer.' })
  @ApiResponse({
    status: 409,
    description:
      'The certificate is already being renewed by another application (`RenewalAlreadyOpen`, with `applicationId`, `certificateNumber`).',
  })
  @ApiResponse({
    status: 422,
    description:
      'Products that are unknown or of another producer (`ProductsNotYours`, with `products`), an unknown producer ' +
      '(`ProducerNotKnown`, with `producerId`), an unregistered body (`CertificationBodyNotRegistered`, with ' +
      '`certificationBodyId`), or a renewal that is not possible: not yours (`CertificateNotYours`), or ' +
      '`CertificateNotRenewable` with `certificateNumber` and `reason` (held-by-another, other-scheme, no-end-date, ' +
      'already-renewed, not-active, window-not-open: it opens 3 months ahead of the end, `opensOn`).',
  })
  submit(@Body() request: SubmitApplicationRequest, @Caller() caller: Principal): Promise<ApplicationView> {
    return this.applications.submit(caller, request);
  }

  @Get()
  @Roles('producer', 'certifier', 'admin', 'county_official')
  @ApiOperation({
    summary: 'The work queue',
    description:
      'Priority lane (applicants from key or deep poverty counties) first, then the oldest first, with each ' +
      "stage's due date and whether it is overdue. Producers see only their own applications, certifiers only " +
      "their certification body's, a county official those of its county's producers.",
  })
  @ApiResponse({ status: 200, type: ApplicationPage })
  @ApiResponse({ status: 400, description: 'An invalid filter, or a cursor this API did not give out.' })
  @ApiResponse({ status: 403, description: 'Not a producer, certifier or administrator.' })
  list(@Query() query: ApplicationListQuery, @Caller() caller: Principal): Promise<Page<ApplicationView>> {
    return this.applications.list(caller, query);
  }

  @Get(':id')
  @Roles('producer', 'certifier', 'admin', 'county_official')
  @ApiOperation({ summary: 'Read an application with its history, fee and due date' })
  @ApiParam(APPLICATION_ID)
  @ApiResponse({ status: 200, type: ApplicationView })
  @ApiResponse({ status: 400, description: 'The id is not a UUID.' })
  @ApiResponse({ status: 403, description: 'Not a producer, certifier or administrator.' })
  @ApiResponse({ status: 404, description: NOT_VISIBLE })
  get(@Param('id', new ParseUUIDPipe()) id: string, @Caller() caller: Principal): Promise<ApplicationView> {
    return this.applications.get(caller, id);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('producer')
  @ApiOperation({
    summary: 'Withdraw an application, any time before approval',
    description: 'Announced as certification.application.withdrawn.v1.',
  })
  @ApiParam(APPLICATION_ID)
  @ApiResponse({ status: 200, type: ApplicationView })
  @ApiResponse({ status: 400, description: 'The id is not a UUID, or the note is not text.' })
  @ApiResponse({ status: 403, description: 'Not a producer.' })
  @ApiResponse({ status: 404, description: NOT_VISIBLE })
  @ApiResponse({ status: 409, description: 'Already approved, rejected or withdrawn.' })
  withdraw(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: WithdrawRequest,
    @Caller() caller: Principal,
  ): Promise<ApplicationView> {
    return this.applications.withdraw(caller, id, request?.note ?? null);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Roles('certifier')
  @ApiOperation({
    summary: 'Move an application to its next review stage, approve or reject it',
    description:
      `The review: ${describeReviewPath()}; rejected (with the reason in note) from any stage before approval. ` +
      "Only certifiers of the application's certification body see and move it; approval needs a second person " +
      '(not the one who moved it into review). Each step records who, for which organisation, when and the note. ' +
      'Approval issues the certificate ' +
      '(certification.certificate.issued.v1) in the same transaction.',
  })
  @ApiParam(APPLICATION_ID)
  @ApiResponse({ status: 200, type: ApplicationView })
  @ApiResponse({ status: 400, description: 'An unknown stage, or a rejection without its reason.' })
  @ApiResponse({
    status: 403,
    description: 'Not a certifier, or a withdrawal (only the applicant withdraws).',
  })
  @ApiResponse({ status: 404, description: NOT_VISIBLE })
  @ApiResponse({
    status: 409,
    description:
      'A move the review does not allow (skipping a stage, moving a decided application…), or approval by the ' +
      'person who moved the application into review (/problems/four-eyes).',
  })
  transition(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() request: TransitionRequest,
    @Caller() caller: Principal,
  ): Promise<ApplicationView> {
    return this.applications.transition(caller, id, request);
  }
}
