import { RequestValidationError } from '@hb/platform';
import { parseBucket } from './bucket';

describe('chart buckets', () => {
  it.each([
    ['1m', '1 minutes', 60_000],
    ['5m', '5 minutes', 300_000],
    ['90m', '90 minutes', 5_400_000],
    ['1h', '1 hours', 3_600_000],
    ['24h', '24 hours', 86_400_000],
    ['1d', '1 days', 86_400_000],
  ])('reads %s as %s', (text, interval, ms) => {
    expect(parseBucket(text)).toEqual({ label: text, interval, ms });
  });

  it.each(['', '5', 'm', '0m', '05m', '1.5h', '-5m', '5 m', '5M', '30s', '2d', '1441m', "1m'; DROP TABLE x"])(
    'refuses %p with a 400 that names the bucket',
    (text) => {
      expect(() => parseBucket(text)).toThrow(RequestValidationError);
      try {
        parseBucket(text);
      } catch (error) {
        expect((error as RequestValidationError).errors[0].field).toBe('bucket');
      }
    },
  );
});
