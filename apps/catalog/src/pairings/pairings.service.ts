import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { PairingRegistered, PairingUpdated, type PairingSnapshot } from '@hb/contracts';
import { event, Outbox } from '@hb/messaging';
import { DEFAULT_PAGE_SIZE, NotFoundError, type Page } from '@hb/platform';
import { County } from '../counties/county.entity';
import type { ChangePairingRequest, PairingListQuery, RegisterPairingRequest } from './pairing.dto';
import { Pairing } from './pairing.entity';
import { PairingRepository } from './pairing.repository';
import { AssistedCountyNotRegistered, PairingPeriodReversed } from './pairing.errors';

export const pairingSnapshot = (pairing: Pairing): PairingSnapshot => ({
  id: pairing.id,
  assistingRegionCode: pairing.assistingRegionCode,
  assistingRegionName: pairing.assistingRegionName,
  assistedCountyCode: pairing.assistedCountyCode,
  from: pairing.from,
  to: pairing.to,
  version: pairing.version,
});

function checkPeriod(from: string, to: string | null): void {
  if (to !== null && to < from) throw new PairingPeriodReversed(from, to);
}

/** Paired assistance, owned here: every change is announced on catalog.pairing.v1 in its transaction. */
@Injectable()
export class PairingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    @InjectRepository(Pairing) private readonly pairings: Repository<Pairing>,
    private readonly repository: PairingRepository,
  ) {}

  async register(request: RegisterPairingRequest): Promise<PairingSnapshot> {
    const to = request.to ?? null;
    checkPeriod(request.from, to);
    return this.dataSource.transaction(async (tx) => {
      await this.requireCounty(tx, request.assistedCountyCode);
      const pairing = tx.create(Pairing, {
        id: randomUUID(),
        assistingRegionCode: request.assistingRegionCode,
        assistingRegionName: request.assistingRegionName,
        assistedCountyCode: request.assistedCountyCode,
        from: request.from,
        to,
        version: 1,
      });
      await tx.insert(Pairing, { ...pairing });
      const snapshot = pairingSnapshot(pairing);
      await this.outbox.append(tx, event(PairingRegistered, snapshot));
      return snapshot;
    });
  }

  async get(id: string): Promise<PairingSnapshot> {
    const pairing = await this.pairings.findOneBy({ id });
    if (!pairing) throw new NotFoundError('pairing', id);
    return pairingSnapshot(pairing);
  }

  /** By assisted county, then assisting region, then id. */
  async list(query: PairingListQuery): Promise<Page<PairingSnapshot>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const page = await this.repository.page(
      this.pairings.manager,
      { assistedCountyCode: query.assistedCountyCode, assistingRegionCode: query.assistingRegionCode },
      query.cursor,
      limit,
    );
    return { items: page.items.map((pairing) => pairingSnapshot(pairing)), nextCursor: page.nextCursor };
  }

  /** Ends a pairing (or corrects its end or the region's name); a change that changes nothing announces nothing. */
  async change(id: string, request: ChangePairingRequest): Promise<PairingSnapshot> {
    return this.dataSource.transaction(async (tx) => {
      const pairing = await tx.findOne(Pairing, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!pairing) throw new NotFoundError('pairing', id);
      const to = request.to === undefined ? pairing.to : request.to;
      const name = request.assistingRegionName ?? pairing.assistingRegionName;
      checkPeriod(pairing.from, to);
      if (to === pairing.to && name === pairing.assistingRegionName) return pairingSnapshot(pairing);
      const version = pairing.version + 1;
      await tx.update(Pairing, { id }, { to, assistingRegionName: name, version });
      const snapshot = pairingSnapshot({ ...pairing, to, assistingRegionName: name, version });
      await this.outbox.append(tx, event(PairingUpdated, snapshot));
      return snapshot;
    });
  }

  private async requireCounty(tx: EntityManager, code: string): Promise<void> {
    if (!(await tx.existsBy(County, { code }))) {
      throw new AssistedCountyNotRegistered(code);
    }
  }
}
