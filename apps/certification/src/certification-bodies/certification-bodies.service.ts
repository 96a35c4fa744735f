import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock, decodeCursor, DEFAULT_PAGE_SIZE, type Page, pageOf } from '@hb/platform';
import type {
  CertificationBodyListQuery,
  CertificationBodyView,
  RegisterCertificationBodyRequest,
} from './certification-body.dto';
import { CertificationBody } from './certification-body.entity';
import {
  CertificationBodyAlreadyRegistered,
  CertificationBodyNotRegistered,
} from './certification-body.errors';

const toView = (body: CertificationBody): CertificationBodyView => ({
  id: body.id,
  name: body.name,
  registeredAt: body.registeredAt.toISOString(),
});

/** The register of certification bodies the administrator keeps and applicants choose from. */
@Injectable()
export class CertificationBodiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async register(request: RegisterCertificationBodyRequest): Promise<CertificationBodyView> {
    const registeredAt = this.clock.now();
    const inserted = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO certification_bodies (id, name, registered_at) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [request.id, request.name, registeredAt],
    );
    if (inserted.length === 0) {
      throw new CertificationBodyAlreadyRegistered(request.id);
    }
    const body = { id: request.id, name: request.name, registeredAt };
    return toView(body);
  }

  async list(query: CertificationBodyListQuery): Promise<Page<CertificationBodyView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.dataSource
      .createQueryBuilder(CertificationBody, 'b')
      .orderBy('b.id', 'ASC')
      .take(limit + 1);
    if (query.cursor) {
      const [after] = decodeCursor(query.cursor, 1);
      builder.andWhere('b.id > :after', { after: String(after) });
    }
    return pageOf(await builder.getMany(), limit, (body) => [body.id], toView);
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
