import { Module } from '@nestjs/common';
import { PlatformRepository } from './platform.repository';
import { PlatformsController } from './platforms.controller';
import { PlatformsService } from './platforms.service';

/** The register of e-commerce platforms, which names them on producers' views of their listings. */
@Module({
  controllers: [PlatformsController],
  providers: [PlatformsService, PlatformRepository],
})
export class PlatformsModule {}
