import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsCalendarDate, isCalendarDate } from './calendar-date';

class Dated {
  @IsCalendarDate() on!: string;
}

describe('calendar dates', () => {
  it.each(['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01', '9999-12-31'])(
    'accepts %p',
    (value) => expect(isCalendarDate(value)).toBe(true),
  );

  it.each([
    '2026-02-30',
    '2023-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '0000-01-01',
    '2026-1-01',
    '2026-01-01T00:00:00Z',
    ' 2026-01-01',
    '',
    20260101,
    null,
  ])('refuses %p', (value) => expect(isCalendarDate(value)).toBe(false));

  it('reports the field that is not a calendar day', () => {
    const errors = validateSync(plainToInstance(Dated, { on: '2026-02-30' }));
    expect(errors.map((error) => Object.values(error.constraints ?? {}))).toEqual([
      ['on must be a calendar day written YYYY-MM-DD'],
    ]);
  });
});
