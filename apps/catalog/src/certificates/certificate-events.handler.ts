import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import {
  CertificateExpired,
  CertificateIssued,
  CertificateReinstated,
  CertificateRevoked,
  CertificateSuspended,
  type CertificateData,
} from '@hb/contracts';
import type { ConsumedEvent, EventContext } from '@hb/messaging';
import { CertificateStandingsService } from './certificate-standings.service';

/** Certification decides; catalog shows it on the products (badges, relief eligibility) and on regional public brands. */
@Controller()
export class CertificateEventsHandler {
  constructor(private readonly certificates: CertificateStandingsService) {}

  @EventPattern(CertificateIssued.type)
  async onIssued(
    @Payload() issued: ConsumedEvent<CertificateData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.certificates.apply(context.transaction, issued.data, 'active');
  }

  @EventPattern(CertificateReinstated.type)
  async onReinstated(
    @Payload() reinstated: ConsumedEvent<CertificateData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.certificates.apply(context.transaction, reinstated.data, 'active');
  }

  @EventPattern(CertificateSuspended.type)
  async onSuspended(
    @Payload() suspended: ConsumedEvent<CertificateData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.certificates.apply(context.transaction, suspended.data, 'suspended');
  }

  @EventPattern(CertificateRevoked.type)
  async onRevoked(
    @Payload() revoked: ConsumedEvent<CertificateData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.certificates.apply(context.transaction, revoked.data, 'revoked');
  }

  @EventPattern(CertificateExpired.type)
  async onExpired(
    @Payload() expired: ConsumedEvent<CertificateData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.certificates.apply(context.transaction, expired.data, 'expired');
  }
}
