import { applyDecorators, Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@hb/contracts';
import { Caller, PageQuery, Public, Roles, type Page } from '@hb/platform';
import { describeMove, type CertifierAction } from './certificate-status';
import {
  CertificateActionPage,
  CertificateActionRequest,
  type CertificateActionView,
  CertificateListQuery,
  CertificatePage,
  CertificateVerification,
  CertificateView,
} from './certificate.dto';
import { CertificatesService } from './certificates.service';

const NUMBER = {
  name: 'number',
  example: 'GF-2026-000123-7KQ2M',
  description: 'The certificate number.',
} as const;

const ACTIONS: Record<CertifierAction, { summary: string; event: string }> = {
  suspend: {
    summary: 'Suspend a certificate: its products lose the badge (and relief status) until reinstated.',
    event: 'certification.certificate.suspended.v1',
  },
  reinstate: {
    summary: 'Reinstate a suspended certificate within its validity.',
    event: 'certification.certificate.reinstated.v1',
  },
  revoke: {
    summary: 'Revoke a certificate for good.',
    event: 'certification.certificate.revoked.v1',
  },
};

const describeAction = (action: CertifierAction) =>
  `Allowed moves: ${describeMove(action)}. Announced as ${ACTIONS[action].event}; the reason is shown on the public verification.`;

/** What the three certifier actions share: role, status code and documentation. */
function CertifierMove(action: CertifierAction, conflict: string): MethodDecorator {
  return applyDecorators(
    HttpCode(200),
    ApiBearerAuth(),
    Roles('certifier'),
    ApiOperation({ summary: ACTIONS[action].summary, description: describeAction(action) }),
    ApiParam(NUMBER),
    ApiResponse({ status: 200, type: CertificateView }),
    ApiResponse({ status: 400, description: 'No reason given.' }),
    ApiResponse({ status: 401, description: 'No valid bearer token.' }),
    ApiResponse({ status: 403, description: 'Not a certifier.' }),
    ApiResponse({ status: 404, description: 'No certificate of your certification body has this number.' }),
    ApiResponse({ status: 409, description: conflict }),
  );
}

@ApiTags('certificates')
@Controller('certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Get()
  @ApiBearerAuth()
  @Roles('producer', 'certifier', 'admin', 'county_official')
  @ApiOperation({
    summary: 'List certificates, newest first',
    description:
      "A producer sees the certificates it holds; a certifier those its certification body issued; a county official those of its county's producers; administrators all.",
  })
  @ApiResponse({ status: 200, type: CertificatePage })
  @ApiResponse({ status: 400, description: 'An invalid filter, or a cursor this API did not give out.' })
  @ApiResponse({ status: 401, description: 'No valid bearer token.' })
  @ApiResponse({ status: 403, description: 'Not a producer, certifier or administrator.' })
  list(@Query() query: CertificateListQuery, @Caller() caller: Principal): Promise<Page<CertificateView>> {
    return this.certificates.list(caller, query);
  }

  @Get(':number')
  @Public()
  @ApiOperation({
    summary: 'Verify a certificate (public, no token)',
    description:
      'Whether the certificate is valid today and why (not), its holder, scheme, products and validity, by name: ' +
      'no internal ids.',
  })
  @ApiParam(NUMBER)
  @ApiResponse({ status: 200, type: CertificateVerification })
  @ApiResponse({ status: 404, description: 'No certificate has this number.' })
  verify(@Param('number') number: string): Promise<CertificateVerification> {
    return this.certificates.verify(number);
  }

  @Get(':number/actions')
  @ApiBearerAuth()
  @Roles('producer', 'certifier', 'admin')
  @ApiOperation({
    summary:
      "A certificate's audit trail: every suspension, reinstatement, revocation and expiry, oldest first",
    description: 'Who did it (the certifier of the issuing body, or the expiry sweep), when and why.',
  })
  @ApiParam(NUMBER)
  @ApiResponse({ status: 200, type: CertificateActionPage })
  @ApiResponse({ status: 400, description: 'A cursor this API did not give out, or a limit out of 1–100.' })
  @ApiResponse({ status: 401, description: 'No valid bearer token.' })
  @ApiResponse({ status: 403, description: 'Not a producer, certifier or administrator.' })
  @ApiResponse({
    status: 404,
    description:
      'No certificate has this number that you hold, that your body issued (or, for administrators, at all).',
  })
  actions(
    @Param('number') number: string,
    @Query() query: PageQuery,
    @Caller() caller: Principal,
  ): Promise<Page<CertificateActionView>> {
    return this.certificates.actions(caller, number, query);
  }

  @Post(':number/suspend')
  @CertifierMove('suspend', 'The certificate is not active.')
  suspend(
    @Param('number') number: string,
    @Body() request: CertificateActionRequest,
    @Caller() caller: Principal,
  ): Promise<CertificateView> {
    return this.certificates.act(caller, number, 'suspend', request.reason);
  }

  @Post(':number/reinstate')
  @CertifierMove(
    'reinstate',
    'The certificate is not suspended, or its validity has ended (`CertificateEnded`, with `validUntil`).',
  )
  reinstate(
    @Param('number') number: string,
    @Body() request: CertificateActionRequest,
    @Caller() caller: Principal,
  ): Promise<CertificateView> {
    return this.certificates.act(caller, number, 'reinstate', request.reason);
  }

  @Post(':number/revoke')
  @CertifierMove('revoke', 'The certificate is already revoked or expired.')
  revoke(
    @Param('number') number: string,
    @Body() request: CertificateActionRequest,
    @Caller() caller: Principal,
  ): Promise<CertificateView> {
    return this.certificates.act(caller, number, 'revoke', request.reason);
  }
}
