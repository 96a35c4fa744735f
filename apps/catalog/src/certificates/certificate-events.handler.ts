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
import { ProductBadgesService } from './product-badges.service';

/** Certification decides; catalog shows it on the products: badges and relief eligibility. */
@Controller()
export class CertificateEventsHandler {
  constructor(private readonly badges: ProductBadgesService) {}

  @EventPattern(CertificateIssued.type)
  async onIssued(
    @Payload() issued: ConsumedEvent<CertificateData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.badges.applyCertificate(context.transaction, issued.data, 'active');
  }

  @EventPattern(CertificateReinstated.type)
  async onReinstated(
    @Payload() reinstated: ConsumedEvent<CertificateData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.badges.applyCertificate(context.transaction, reinstated.data, 'active');
  }

  @EventPattern(CertificateSuspended.type)
  async onSuspended(
    @Payload() suspended: ConsumedEvent<CertificateData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.badges.applyCertificate(context.transaction, suspended.data, 'suspended');
  }

  @EventPattern(CertificateRevoked.type)
  async onRevoked(
    @Payload() revoked: ConsumedEvent<CertificateData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.badges.applyCertificate(context.transaction, revoked.data, 'revoked');
  }

  @EventPattern(CertificateExpired.type)
  async onExpired(
    @Payload() expired: ConsumedEvent<CertificateData>,
    @Ctx() context: EventContext,
  ): Promise<void> {
    await this.badges.applyCertificate(context.transaction, expired.data, 'expired');
  }
}
