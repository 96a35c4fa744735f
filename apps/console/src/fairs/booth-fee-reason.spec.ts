import type { ExhibitorView } from '../api/types';
import { boothFeeReason } from './booth-fee-reason';

const exhibitor = (
  povertyStatus: ExhibitorView['povertyStatus'],
  reductionPercent: number,
): ExhibitorView => ({
  eventId: 'e',
  producerId: 'p',
  countyCode: '513431',
  countyName: 'Zhaojue',
  povertyStatus,
  fullBoothFeeCents: 300_000,
  reductionPercent,
  reductionCents: (300_000 * reductionPercent) / 100,
  boothFeeCents: 300_000 - (300_000 * reductionPercent) / 100,
  reductionReason: 'in English',
  registeredAt: '2026-12-06T10:00:00Z',
});

const chinese = (key: string, options: Record<string, unknown> = {}) =>
  `zh[${key.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(options[name]))}]`;

describe("why a docking fair's exhibitor pays what it pays", () => {
  it.each([
    [exhibitor('deep', 100), 'zh[Zhaojue (zh[Deep poverty]): the booth fee is waived.]'],
    [exhibitor('key', 50), 'zh[Zhaojue (zh[Key county]): 50 % off the booth fee.]'],
    [exhibitor('key', 0), 'zh[Zhaojue (zh[Key county]): no reduction is set, the full fee applies.]'],
    [exhibitor('lifted', 0), 'zh[Zhaojue has been lifted out of poverty: the full fee applies.]'],
    [exhibitor(null, 0), 'zh[Zhaojue is not a poverty county: the full fee applies.]'],
  ])('says it in the chosen language, from the county and its reduction (%#)', (booth, reason) => {
    expect(boothFeeReason(booth, chinese)).toBe(reason);
  });
});
