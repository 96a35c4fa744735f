import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { County } from './county.entity';

/** Counties and their poverty status (administrators register and change them). */
@Module({
  imports: [TypeOrmModule.forFeature([County])],
  controllers: [],
  providers: [],
  exports: [],
})
export class CountiesModule {}
