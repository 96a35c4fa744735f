import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, DEFAULT_PAGE_SIZE, type Page } from '@hb/platform';
import {
  toCertificationBodyView,
  type CertificationBodyListQuery,
  type CertificationBodyView,
  type RegisterCertificationBodyRequest,
} from './certification-body.dto';
import { CertificationBody } from './certification-body.entity';
import { CertificationBodyRepository } from './certification-body.repository';
import {
  CertificationBodyAlreadyRegistered,
  CertificationBodyNotRegistered,
} from './certification-body.errors';

/** The register of certification bodies the administrator keeps and applicants choose from. */
@Injectable()
export class CertificationBodiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bodies: CertificationBodyRepository,
  ) {}

  async register(request: RegisterCertificationBodyRequest): Promise<CertificationBodyView> {
    const registeredAt = this.clock.now();
    const body = { id: request.id, name: request.name, registeredAt };
    if (!(await this.bodies.insertIfNew(this.dataSource.manager, body))) {
      throw new CertificationBodyAlreadyRegistered(request.id);
    }
    return toCertificationBodyView(body);
  }

  async list(query: CertificationBodyListQuery): Promise<Page<CertificationBodyView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const page = await this.bodies.page(this.dataSource.manager, query.cursor, limit);
    return { items: page.items.map(toCertificationBodyView), nextCursor: page.nextCursor };
  }

  /** The body an application is assigned to: it must be registered (422 otherwise). */
  async requireRegistered(tx: EntityManager, id: string): Promise<CertificationBody> {
    const body = await tx.findOneBy(CertificationBody, { id });
    if (!body) {
      throw new CertificationBodyNotRegistered(id);
    }
    return body;
  }
}
