import { validate } from 'class-validator';
import { utcDay } from '@hb/platform';
import { AgreesWithPovertyStatus, IsDayNotInFuture } from './county.validators';

class LiftedCounty {
  constructor(
    readonly povertyStatus: string,
    liftedOn?: string | null,
  ) {
    this.liftedOn = liftedOn;
  }

  @IsDayNotInFuture()
  @AgreesWithPovertyStatus()
  liftedOn?: string | null;
}

async function messages(povertyStatus: string, liftedOn?: string | null): Promise<string[]> {
  const errors = await validate(new LiftedCounty(povertyStatus, liftedOn));
  return errors.flatMap((error) => Object.values(error.constraints ?? {}));
}

function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('the lifted-on date of a county in a request', () => {
  it('accepts a lifted county with a past date or today, and other counties without a date', async () => {
    expect(await messages('lifted', '2020-11-17')).toEqual([]);
    expect(await messages('lifted', utcDay(new Date()))).toEqual([]);
    expect(await messages('deep')).toEqual([]);
    expect(await messages('key', null)).toEqual([]);
  });

  it('asks for the date of a lifted county', async () => {
    expect(await messages('lifted')).toEqual([
      expect.stringContaining('required when povertyStatus is lifted'),
    ]);
  });

  it('refuses a date for a county that is not lifted', async () => {
    expect(await messages('key', '2020-11-17')).toEqual([expect.stringContaining('would be key')]);
  });

  it('refuses a date in the future', async () => {
    expect(await messages('lifted', daysFromToday(1))).toEqual([
      expect.stringContaining('liftedOn cannot be in the future'),
    ]);
  });

  it('refuses a day that does not exist or is not written YYYY-MM-DD', async () => {
    for (const liftedOn of ['2021-02-29', '17/11/2020']) {
      expect(await messages('lifted', liftedOn)).toEqual([
        'liftedOn must be a calendar day written YYYY-MM-DD',
      ]);
    }
  });

  it('leaves an unknown status to the status field', async () => {
    expect(await messages('poor')).toEqual([]);
  });
});
