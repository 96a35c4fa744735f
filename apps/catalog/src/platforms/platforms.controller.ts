import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Roles, type Page } from '@hb/platform';
import { PlatformListQuery, PlatformPage, PlatformView, RegisterPlatformRequest } from './platform.dto';
import { PlatformsService } from './platforms.service';

@ApiTags('platforms')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'No valid bearer token.' })
@Controller('platforms')
export class PlatformsController {
  constructor(private readonly platforms: PlatformsService) {}

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({
    summary: 'Register an e-commerce platform by name (administrators)',
    description:
      "Its id is the `org` of the platform's tokens; producers then see its name on the listings of their products.",
  })
  @ApiCreatedResponse({ type: PlatformView })
  @ApiBadRequestResponse({
    description: 'An id that is not lower-case letters, digits and hyphens; no name.',
  })
  @ApiForbiddenResponse({ description: 'Not an administrator.' })
  @ApiConflictResponse({
    description:
      'A platform with this id is already registered (`PlatformAlreadyRegistered`, with `platformId`).',
  })
  register(@Body() request: RegisterPlatformRequest): Promise<PlatformView> {
    return this.platforms.register(request);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'The registered e-commerce platforms, by id (administrators)' })
  @ApiOkResponse({ type: PlatformPage })
  @ApiBadRequestResponse({ description: 'A cursor this API did not give out, or a limit out of 1–100.' })
  @ApiForbiddenResponse({ description: 'Not an administrator.' })
  list(@Query() query: PlatformListQuery): Promise<Page<PlatformView>> {
    return this.platforms.list(query);
  }
}
