import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CertificateData } from '@hb/contracts';
import type { CertificateStanding } from './product-badges.service';

/** All SQL of the certificate standings: the last word of certification on each certificate, by number. */
@Injectable()
export class CertificateStandingRepository {
  async record(
    tx: EntityManager,
    certificate: CertificateData,
    standing: CertificateStanding,
  ): Promise<void> {
    await tx.query(
      `INSERT INTO certificate_standings (number, scheme, holder_id, status, valid_from, valid_until)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (number)
       DO UPDATE SET scheme = EXCLUDED.scheme, holder_id = EXCLUDED.holder_id, status = EXCLUDED.status,
                     valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until, updated_at = now()`,
      [
        certificate.number,
        certificate.scheme,
        certificate.holderId,
        standing,
        certificate.validFrom ?? certificate.issuedOn,
        certificate.validUntil,
      ],
    );
  }
}
