import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import {
  ApplicationSubmitted,
  type ApplicationData,
  type ApplicationStage,
  type Principal,
} from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import {
  Clock,
  DEFAULT_PAGE_SIZE,
  NotFoundError,
  type Page,
  RequestValidationError,
  utcDay,
} from '@hb/platform';
import { CertificationBodiesService } from '../certification-bodies/certification-bodies.service';
import { CERTIFICATION_CONFIG, type CertificationConfig } from '../certification.config';
import { CertificateLifecycle } from '../certificates/certificate-lifecycle';
import { organisationAsProducer } from '../producer-view/producer-identity';
import { ProducerViewRepository } from '../producer-view/producer-view.repository';
import { renewalRefusal } from '../certificates/validity';
import { ANNOUNCED_BY, FINAL_STAGES, stageAfter, type ApplicationActor } from './application-stage';
import { ApplicationStep } from './application-step.entity';
import { Application } from './application.entity';
import { ApplicationRepository } from './application.repository';
import {
  toApplicationView,
  type ApplicationListQuery,
  type ApplicationView,
  type SubmitApplicationRequest,
  type TransitionRequest,
} from './application.dto';
import { FourEyesError } from './four-eyes';
import { quoteFee } from './fees';
import { stageDueAt } from './stage-deadlines';
import { CertificateNotYours } from '../certificates/certificate.errors';
import { ProducerNotKnown, ProductsNotYours, RenewalAlreadyOpen } from './application.errors';

/** Counties whose producers go in the priority lane. */
const PRIORITY_STATUSES = new Set(['key', 'deep']);

/**
 * Producers apply for certificates and withdraw; certifiers move applications through the review
 * table, and approval issues the certificate in the same transaction. Priority lane and fee relief
 * are decided from the local read model of catalog when the producer applies, and kept.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly producers: ProducerViewRepository,
    private readonly certificates: CertificateLifecycle,
    private readonly bodies: CertificationBodiesService,
    private readonly clock: Clock,
    @Inject(CERTIFICATION_CONFIG) private readonly config: CertificationConfig,
    private readonly applications: ApplicationRepository,
  ) {}

  async submit(caller: Principal, request: SubmitApplicationRequest): Promise<ApplicationView> {
    const producerId = organisationAsProducer(caller);
    return this.dataSource.transaction(async (tx) => {
      const now = this.clock.now();
      const standing = await this.producers.standingOf(tx, producerId);
      if (!standing) {
        throw new ProducerNotKnown(producerId);
      }
      const body = await this.bodies.requireRegistered(tx, this.chosenBody(request));
      await this.checkOwnProducts(tx, producerId, request.productIds);
      const renewsCertificate = request.renewsCertificate ?? null;
      if (renewsCertificate) await this.checkRenewable(tx, renewsCertificate, producerId, request, now);

      const priority = PRIORITY_STATUSES.has(standing.povertyStatus);
      const fee = quoteFee(
        this.config.fees[request.scheme],
        request.productIds.length,
        standing.povertyStatus,
        this.config.feeReliefPercent,
      );
      const application = tx.create(Application, {
        id: randomUUID(),
        producerId,
        scheme: request.scheme,
        certificationBodyId: body.id,
        productIds: request.productIds,
        documents: (request.documents ?? []).map(({ name, kind, sha256 }) => ({
          name,
          kind,
          ...(sha256 ? { sha256: sha256.toLowerCase() } : {}),
        })),
        renewsCertificate,
        stage: 'submitted',
        priority,
        countyCode: standing.countyCode,
        povertyStatus: standing.povertyStatus,
        feeCents: fee.feeCents,
        feeReliefCents: fee.feeReliefCents,
        submittedAt: now,
        stageEnteredAt: now,
        stageDueAt: stageDueAt('submitted', now, priority, this.config),
        certificateNumber: null,
      });
      await tx.insert(Application, application);
      const step = await this.recordStep(tx, application, null, caller, null, now);
      await this.outbox.append(tx, event(ApplicationSubmitted, this.dataOf(application), now));
      return toApplicationView(application, [step], now);
    });
  }

  async get(caller: Principal, id: string): Promise<ApplicationView> {
    return this.dataSource.transaction(async (tx) => {
      const application = await this.visible(tx, caller, id);
      return toApplicationView(application, await this.stepsOf(tx, id), this.clock.now());
    });
  }

  /** The work queue: priority lane first, then oldest first; producers see only their own. */
  async list(caller: Principal, query: ApplicationListQuery): Promise<Page<ApplicationView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const now = this.clock.now();
    return this.dataSource.transaction(async (tx) => {
      const page = await this.applications.queue(
        tx,
        caller,
        {
          producerId: query.producerId,
          stage: query.stage,
          scheme: query.scheme,
          open: query.open === undefined ? undefined : query.open === 'true',
          overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
          now,
        },
        query.cursor,
        limit,
      );
      const steps = await this.applications.stepsOf(
        tx,
        page.items.map((application) => application.id),
      );
      return {
        items: page.items.map((application) =>
          toApplicationView(
            application,
            steps.filter((step) => step.applicationId === application.id),
            now,
          ),
        ),
        nextCursor: page.nextCursor,
      };
    });
  }

  /** The applicant withdraws its application, any time before approval. */
  async withdraw(caller: Principal, id: string, note: string | null): Promise<ApplicationView> {
    return this.dataSource.transaction(async (tx) => {
      const application = await this.visible(tx, caller, id, { lock: true });
      return this.move(tx, application, 'withdrawn', 'applicant', caller, note);
    });
  }

  /** A certifier moves an application through the review; approval issues its certificate. */
  async transition(caller: Principal, id: string, request: TransitionRequest): Promise<ApplicationView> {
    return this.dataSource.transaction(async (tx) => {
      const application = await this.visible(tx, caller, id, { lock: true });
      return this.move(tx, application, request.to, 'certifier', caller, request.note ?? null);
    });
  }

  private async move(
    tx: EntityManager,
    application: Application,
    to: ApplicationStage,
    actor: ApplicationActor,
    caller: Principal,
    note: string | null,
  ): Promise<ApplicationView> {
    const from = application.stage;
    const stage = stageAfter(from, to, actor);
    const now = this.clock.now();
    if (stage === 'approved') {
      await this.requireSecondPerson(tx, application, caller);
      const renews = application.renewsCertificate
        ? await this.certificates.lock(tx, application.renewsCertificate)
        : null;
      const certificate = await this.certificates.issue(
        tx,
        {
          applicationId: application.id,
          scheme: application.scheme,
          certificationBodyId: application.certificationBodyId,
          holderId: application.producerId,
          productIds: application.productIds,
          renews,
        },
        now,
      );
      application.certificateNumber = certificate.number;
    }
    const changes = {
      stage,
      stageEnteredAt: now,
      stageDueAt: stageDueAt(stage, now, application.priority, this.config),
      certificateNumber: application.certificateNumber,
    };
    await tx.update(Application, { id: application.id }, changes);
    Object.assign(application, changes);
    await this.recordStep(tx, application, from, caller, note, now);
    await this.outbox.append(
      tx,
      event(
        ANNOUNCED_BY[stage],
        { ...this.dataOf(application), from, note, certificateNumber: application.certificateNumber },
        now,
      ),
    );
    return toApplicationView(application, await this.stepsOf(tx, application.id), now);
  }

  /** The body the applicant named, or while the field is new the configured default one. */
  private chosenBody(request: SubmitApplicationRequest): string {
    const chosen = request.certificationBodyId ?? this.config.defaultCertificationBodyId;
    if (!chosen) {
      throw new RequestValidationError([
        {
          field: 'certificationBodyId',
          messages: [
            'certificationBodyId is required: choose the certification body to review this application (GET /v1/certification-bodies)',
          ],
        },
      ]);
    }
    return chosen;
  }

  /** Four eyes: whoever moved the application into review may not also approve it. */
  private async requireSecondPerson(
    tx: EntityManager,
    application: Application,
    caller: Principal,
  ): Promise<void> {
    const intoReview = await tx.findOne(ApplicationStep, {
      where: { applicationId: application.id, toStage: 'review' },
      order: { seq: 'DESC' },
    });
    if (intoReview?.actor === caller.subject) throw new FourEyesError(application.id, caller.subject);
  }

  /** Every product must be known here and the applicant's own (422 naming each that is not). */
  private async checkOwnProducts(tx: EntityManager, producerId: string, productIds: string[]): Promise<void> {
    const { unknown, ofOthers } = await this.producers.foreignProducts(tx, producerId, productIds);
    const problems = [
      ...unknown.map((productId) => ({ productId, problem: 'unknown product' as const })),
      ...ofOthers.map((productId) => ({ productId, problem: 'belongs to another producer' as const })),
    ];
    if (problems.length > 0) throw new ProductsNotYours(problems);
  }

  /**
   * A renewal names a certificate of the applicant, of the same scheme, active, inside its renewal
   * window, and not already being renewed. The certificate stays locked until the application is in.
   */
  private async checkRenewable(
    tx: EntityManager,
    number: string,
    producerId: string,
    request: SubmitApplicationRequest,
    now: Date,
  ): Promise<void> {
    const certificate = await this.certificates.lock(tx, number);
    if (!certificate || certificate.holderId !== producerId) {
      throw new CertificateNotYours(number);
    }
    const refusal = renewalRefusal(certificate, {
      applicantId: producerId,
      scheme: request.scheme,
      today: utcDay(now),
      windowMonths: this.config.renewalWindowMonths,
    });
    if (refusal) throw refusal;
    const open = await tx.findOne(Application, {
      where: { renewsCertificate: number, stage: Not(In([...FINAL_STAGES])) },
    });
    if (open) throw new RenewalAlreadyOpen(open.id, number);
  }

  private async recordStep(
    tx: EntityManager,
    application: Application,
    from: ApplicationStage | null,
    caller: Principal,
    note: string | null,
    at: Date,
  ): Promise<ApplicationStep> {
    return this.applications.appendStep(tx, {
      applicationId: application.id,
      fromStage: from,
      toStage: application.stage,
      actor: caller.subject,
      actorRole: caller.role,
      actorOrganisation: caller.organisationId,
      at,
      note,
    });
  }

  private stepsOf(tx: EntityManager, applicationId: string): Promise<ApplicationStep[]> {
    return this.applications.stepsOf(tx, [applicationId]);
  }

  /**
   * The application if the caller may see it (its producer, a certifier of the body it is assigned
   * to, an administrator, an official of the producer's county); otherwise 404, so that no one learns
   * of others' applications.
   */
  private async visible(
    tx: EntityManager,
    caller: Principal,
    id: string,
    { lock = false } = {},
  ): Promise<Application> {
    const application = await tx.findOne(Application, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (
      !application ||
      (caller.role === 'producer' && application.producerId !== caller.organisationId) ||
      (caller.role === 'certifier' && application.certificationBodyId !== caller.organisationId)
    ) {
      throw new NotFoundError('application', id);
    }
    if (
      caller.role === 'county_official' &&
      !(await this.producers.inCounty(tx, application.producerId, caller.organisationId))
    ) {
      throw new NotFoundError('application', id);
    }
    return application;
  }

  private dataOf(application: Application): ApplicationData {
    return {
      applicationId: application.id,
      producerId: application.producerId,
      scheme: application.scheme,
      productIds: application.productIds,
      stage: application.stage,
      priority: application.priority,
      renewsCertificate: application.renewsCertificate,
      feeCents: application.feeCents,
      feeReliefCents: application.feeReliefCents,
      amountDueCents: application.feeCents - application.feeReliefCents,
      stageDueAt: application.stageDueAt?.toISOString() ?? null,
    };
  }
}
