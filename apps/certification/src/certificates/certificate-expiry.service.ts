import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CertificateExpiring } from '@hb/contracts';
import { CrashPoints, event, Outbox } from '@hb/messaging';
import { Clock, PeriodicSweep, sweepBatchSize, utcDay } from '@hb/platform';
import { CERTIFICATION_CONFIG, type CertificationConfig } from '../certification.config';
import { CertificateLifecycle, EXPIRY_SWEEP_ACTOR } from './certificate-lifecycle';
import { Certificate } from './certificate.entity';
import { CertificateRepository } from './certificate.repository';
import { daysBetween, expiryWarningDue } from './validity';

export interface SweepOutcome {
  readonly expired: number;
  readonly warned: number;
}

/**
 * Certificates run out on time without anyone calling an endpoint: a timer expires every certificate
 * past its last valid day (CertificateExpired, so catalog takes the badge and relief status away) and
 * warns holders 90, 30 and 7 days ahead (CertificateExpiring, each threshold once). Replicas share the
 * work (FOR UPDATE SKIP LOCKED); the sweep takes its time from the injectable Clock, or from the
 * caller, so tests need not wait years.
 */
@Injectable()
export class CertificateExpiryService extends PeriodicSweep {
  private readonly batchSize = sweepBatchSize();

  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: CertificateLifecycle,
    private readonly outbox: Outbox,
    private readonly clock: Clock,
    @Inject(CERTIFICATION_CONFIG) private readonly config: CertificationConfig,
    private readonly certificates: CertificateRepository,
  ) {
    super('expiry sweep', config.expirySweepIntervalMs);
  }

  protected override work(): Promise<unknown> {
    return this.sweep();
  }

  /** Expires what is due and sends the warnings due at `now`; returns how many of each. */
  async sweep(now: Date = this.clock.now()): Promise<SweepOutcome> {
    const today = utcDay(now);
    let expired = 0;
    let batch: string[];
    do {
      batch = await this.dataSource.transaction((tx) => this.expireBatch(tx, today, now));
      expired += batch.length;
      if (batch.length > 0) CrashPoints.reached('sweep-after-batch', batch);
    } while (batch.length === this.batchSize);
    let warned = 0;
    do {
      batch = await this.dataSource.transaction((tx) => this.warnBatch(tx, today, now));
      warned += batch.length;
      if (batch.length > 0) CrashPoints.reached('sweep-after-batch', batch);
    } while (batch.length === this.batchSize);
    if (expired + warned > 0) this.logger.log({ msg: 'certificates swept', expired, warned, today });
    return { expired, warned };
  }

  /** Expires one batch of certificates; answers their numbers. */
  private async expireBatch(tx: EntityManager, today: string, now: Date): Promise<string[]> {
    const due = await this.certificates.expiredBy(tx, today, this.batchSize);
    for (const number of due) {
      const certificate = await tx.findOneByOrFail(Certificate, { number });
      await this.lifecycle.move(
        tx,
        certificate,
        'expire',
        `validity ended on ${certificate.validUntil}`,
        EXPIRY_SWEEP_ACTOR,
        now,
      );
    }
    return due;
  }

  /**
   * Active certificates that have reached a warning threshold below the last one sent. A renewed
   * certificate's holder is not warned: the renewal carries on where it ends.
   */
  private async warnBatch(tx: EntityManager, today: string, now: Date): Promise<string[]> {
    const thresholds = this.config.expiryWarningDays;
    const due = await this.certificates.dueForWarning(tx, today, thresholds, this.batchSize);
    for (const number of due) {
      const certificate = await tx.findOneByOrFail(Certificate, { number });
      const daysLeft = daysBetween(today, certificate.validUntil!);
      const threshold = expiryWarningDue(daysLeft, certificate.warnedDays, thresholds);
      if (threshold === null) continue;
      await tx.update(Certificate, { number }, { warnedDays: threshold });
      await this.outbox.append(
        tx,
        event(CertificateExpiring, { ...this.lifecycle.dataOf(certificate), daysLeft }, now),
      );
    }
    return due;
  }
}
