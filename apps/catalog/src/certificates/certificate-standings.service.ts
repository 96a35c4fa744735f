import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CertificateData } from '@hb/contracts';
import { CertificateStandingRepository } from './certificate-standing.repository';
import { ProductBadgesService, type CertificateStanding } from './product-badges.service';

/**
 * Follows certification: remembers where each certificate stands (a regional public brand shows its
 * geographical indication from there) and keeps the badges of the products it covers in step.
 */
@Injectable()
export class CertificateStandingsService {
  constructor(
    private readonly standings: CertificateStandingRepository,
    private readonly badges: ProductBadgesService,
  ) {}

  async apply(tx: EntityManager, certificate: CertificateData, standing: CertificateStanding): Promise<void> {
    await this.standings.record(tx, certificate, standing);
    await this.badges.applyCertificate(tx, certificate, standing);
  }
}
