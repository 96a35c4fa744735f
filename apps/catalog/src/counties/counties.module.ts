import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CountiesController } from './counties.controller';
import { CountiesService } from './counties.service';
import { County } from './county.entity';
import { CountyRepository } from './county.repository';

/** Counties and their poverty status (administrators register and change them). */
@Module({
  imports: [TypeOrmModule.forFeature([County])],
  controllers: [CountiesController],
  providers: [CountiesService, CountyRepository],
  exports: [],
})
export class CountiesModule {}
