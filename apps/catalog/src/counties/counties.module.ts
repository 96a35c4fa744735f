import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CountiesController } from './counties.controller';
import { CountiesService } from './counties.service';
import { County } from './county.entity';

/** Counties and their poverty status (administrators register and change them). */
@Module({
  imports: [TypeOrmModule.forFeature([County])],
  controllers: [CountiesController],
  providers: [CountiesService],
  exports: [],
})
export class CountiesModule {}
