import { randomUUID } from 'node:crypto';
import {
  ProducerRegistered,
  ProductRegistered,
  type CountySnapshot,
  type ProducerSnapshot,
  type ProductSnapshot,
} from '@hb/contracts';
import { creditCode } from './catalog-factories';
import type { EventPublisherForTests } from './events';
import { tokenFor } from './http';
import { productSnapshot } from './orders-fixtures';
import type { RunningService } from './service-harness';

/** The catalog topics the certification service follows. */
export const CATALOG_TOPICS = ['catalog.county.v1', 'catalog.producer.v1', 'catalog.product.v1'];

/** Every stage a certifier moves an application through, in order, to approval. */
export const REVIEW_PATH = ['accepted', 'inspection', 'testing', 'review', 'approved'] as const;

/** A producer as catalog announces it on catalog.producer.v1. */
export const producerSnapshot = (
  county: CountySnapshot,
  overrides: Partial<ProducerSnapshot> = {},
): ProducerSnapshot => ({
  id: randomUUID(),
  name: `${county.name} Tartary Buckwheat Cooperative`,
  kind: 'cooperative',
  countyCode: county.code,
  countyPovertyStatus: county.povertyStatus,
  creditCode: creditCode(),
  povertyHouseholds: 120,
  ...overrides,
});

export interface Applicant {
  readonly producer: ProducerSnapshot;
  readonly products: ProductSnapshot[];
  /** A producer user's token: org = the producer id. */
  readonly token: string;
}

/**
 * A producer of `county` and its products, announced as catalog would (the county must have been
 * announced already). Wait with `svc.caughtUp(...CATALOG_TOPICS)` before applying.
 */
export async function announceApplicant(
  events: EventPublisherForTests,
  county: CountySnapshot,
  { productCount = 1, productName = 'Tartary buckwheat tea' } = {},
): Promise<Applicant> {
  const producer = producerSnapshot(county);
  await events.publish(ProducerRegistered, producer);
  const products: ProductSnapshot[] = [];
  for (let index = 0; index < productCount; index += 1) {
    const product = productSnapshot({
      producerId: producer.id,
      countyCode: county.code,
      name: `${county.name} ${productName} ${index + 1}`,
      status: 'draft',
      badges: [],
      reliefEligible: false,
    });
    await events.publish(ProductRegistered, product);
    products.push(product);
  }
  return { producer, products, token: await tokenFor('producer', producer.id, `${producer.name} clerk`) };
}

/** Two certifiers of one certification body: one takes an application into review, the other approves. */
export interface ReviewTeam {
  readonly bodyId: string;
  readonly reviewer: string;
  readonly approver: string;
}

/** Registers a certification body (as an administrator would) and gives two of its certifiers tokens. */
export async function registerCertificationBody(
  svc: RunningService,
  bodyId: string,
  { reviewer = `${bodyId}-reviewer`, approver = `${bodyId}-approver` } = {},
): Promise<ReviewTeam> {
  const admin = await tokenFor('admin', 'ministry-of-agriculture');
  const answer = await svc.call({
    method: 'POST',
    url: '/v1/certification-bodies',
    token: admin,
    body: { id: bodyId, name: `Certification body ${bodyId}` },
  });
  if (answer.status !== 201) {
    throw new Error(`registering ${bodyId} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  return {
    bodyId,
    reviewer: await tokenFor('certifier', bodyId, reviewer),
    approver: await tokenFor('certifier', bodyId, approver),
  };
}

/**
 * Walks a submitted application through every review stage (the reviewer) to approval (the
 * approver, a second person); answers the approved application.
 */
export async function approve(
  svc: RunningService,
  team: Pick<ReviewTeam, 'reviewer' | 'approver'>,
  applicationId: string,
): Promise<Record<string, unknown>> {
  let answer: Awaited<ReturnType<RunningService['call']>> | undefined;
  for (const to of REVIEW_PATH) {
    answer = await svc.call({
      method: 'POST',
      url: `/v1/applications/${applicationId}/transitions`,
      token: to === 'approved' ? team.approver : team.reviewer,
      body: { to, note: `moved to ${to}` },
    });
    if (answer.status !== 200) {
      throw new Error(
        `moving ${applicationId} to ${to} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
      );
    }
  }
  return answer!.body as Record<string, unknown>;
}
