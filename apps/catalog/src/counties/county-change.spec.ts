import { utcDay } from '@hb/platform';
import { changedCounty, povertyStatusProblem, sameCounty, type CountyFields } from './county-change';

const zhaojue: CountyFields = {
  code: '513431',
  name: 'Zhaojue',
  province: 'Sichuan',
  prefecture: 'Liangshan Yi Autonomous Prefecture',
  povertyStatus: 'deep',
  liftedOn: null,
  pairedCity: 'Mianyang',
};
const liftedZhaojue: CountyFields = { ...zhaojue, povertyStatus: 'lifted', liftedOn: '2020-11-17' };

describe('a county has a lifted-on date exactly when it is lifted', () => {
  it('accepts a lifted county with its date and a key or deep county without one', () => {
    expect(povertyStatusProblem('lifted', '2020-11-17')).toBeNull();
    expect(povertyStatusProblem('key', null)).toBeNull();
    expect(povertyStatusProblem('deep', undefined)).toBeNull();
  });

  it('asks for the date when a county is lifted without one', () => {
    expect(povertyStatusProblem('lifted', null)).toMatch(
      /liftedOn .* is required when povertyStatus is lifted/,
    );
    expect(povertyStatusProblem('lifted', undefined)).not.toBeNull();
  });

  it('refuses a date for a county that is not lifted, naming its status', () => {
    expect(povertyStatusProblem('deep', '2020-11-17')).toMatch(/would be deep/);
  });
});

describe('changing a county', () => {
  it('keeps what the change does not name', () => {
    expect(changedCounty(zhaojue, { pairedCity: 'Hangzhou' })).toEqual({
      ...zhaojue,
      pairedCity: 'Hangzhou',
    });
  });

  it('lifts a county on the date given', () => {
    expect(changedCounty(zhaojue, { povertyStatus: 'lifted', liftedOn: '2020-11-17' })).toEqual(
      liftedZhaojue,
    );
  });

  it('clears the lifted-on date when the county moves back to key or deep', () => {
    expect(changedCounty(liftedZhaojue, { povertyStatus: 'key' })).toEqual({
      ...zhaojue,
      povertyStatus: 'key',
      liftedOn: null,
    });
  });

  it('keeps the lifted-on date while the county stays lifted, and corrects it when a new one is given', () => {
    expect(changedCounty(liftedZhaojue, { name: 'Zhaojue County' }).liftedOn).toBe('2020-11-17');
    expect(changedCounty(liftedZhaojue, { povertyStatus: 'lifted' }).liftedOn).toBe('2020-11-17');
    expect(changedCounty(liftedZhaojue, { liftedOn: '2020-11-16' }).liftedOn).toBe('2020-11-16');
  });

  it('leaves a county lifted without a date when asked to, so that the rule can refuse it', () => {
    const lifted = changedCounty(zhaojue, { povertyStatus: 'lifted' });
    expect(povertyStatusProblem(lifted.povertyStatus, lifted.liftedOn)).not.toBeNull();
    const undated = changedCounty(liftedZhaojue, { liftedOn: null });
    expect(povertyStatusProblem(undated.povertyStatus, undated.liftedOn)).not.toBeNull();
  });

  it('removes the paired city on null', () => {
    expect(changedCounty(zhaojue, { pairedCity: null }).pairedCity).toBeNull();
  });

  it('tells a change that changes nothing from one that does', () => {
    expect(sameCounty(zhaojue, changedCounty(zhaojue, {}))).toBe(true);
    expect(sameCounty(zhaojue, changedCounty(zhaojue, { name: 'Zhaojue' }))).toBe(true);
    expect(sameCounty(zhaojue, changedCounty(zhaojue, { povertyStatus: 'key' }))).toBe(false);
  });
});

describe('today', () => {
  it('takes today in UTC, whatever the server time zone', () => {
    expect(utcDay(new Date('2020-11-16T20:30:00+08:00'))).toBe('2020-11-16');
    expect(utcDay(new Date('2020-11-17T08:30:00+08:00'))).toBe('2020-11-17');
  });
});
