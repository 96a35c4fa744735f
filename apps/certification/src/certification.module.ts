import { Module } from '@nestjs/common';

/** The certification service's capabilities; the platform (database, messaging, auth, health) is added by bootstrap. */
@Module({
  imports: [],
})
export class CertificationModule {}
