import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Roles, type Page } from '@hb/platform';
import {
  CertificationBodyListQuery,
  CertificationBodyPage,
  CertificationBodyView,
  RegisterCertificationBodyRequest,
} from './certification-body.dto';
import { CertificationBodiesService } from './certification-bodies.service';

@ApiTags('certification bodies')
@ApiBearerAuth()
@ApiResponse({ status: 401, description: 'No valid bearer token.' })
@Controller('certification-bodies')
export class CertificationBodiesController {
  constructor(private readonly bodies: CertificationBodiesService) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({
    summary: 'Register a certification body',
    description:
      "Its id is the `org` of its certifiers' tokens: they review only the applications assigned to it and act " +
      'only on the certificates it issued.',
  })
  @ApiResponse({ status: 201, type: CertificationBodyView })
  @ApiResponse({
    status: 400,
    description: 'An id that is not lower-case letters, digits and hyphens; no name.',
  })
  @ApiResponse({ status: 403, description: 'Not an administrator.' })
  @ApiResponse({
    status: 409,
    description:
      'A body with this id is already registered (`CertificationBodyAlreadyRegistered`, with `certificationBodyId`).',
  })
  register(@Body() request: RegisterCertificationBodyRequest): Promise<CertificationBodyView> {
    return this.bodies.register(request);
  }

  @Get()
  @Roles('producer', 'certifier', 'admin')
  @ApiOperation({
    summary: 'The certification bodies an applicant may choose from, by id',
  })
  @ApiResponse({ status: 200, type: CertificationBodyPage })
  @ApiResponse({ status: 400, description: 'A cursor this API did not give out, or a limit out of 1–100.' })
  @ApiResponse({ status: 403, description: 'Not a producer, certifier or administrator.' })
  list(@Query() query: CertificationBodyListQuery): Promise<Page<CertificationBodyView>> {
    return this.bodies.list(query);
  }
}
