import { validate } from 'class-validator';
import { IsCreditCode } from './is-credit-code';

class Onboarding {
  constructor(creditCode: unknown) {
    this.creditCode = creditCode;
  }

  @IsCreditCode()
  creditCode: unknown;
}

async function messages(creditCode: unknown): Promise<string[]> {
  const errors = await validate(new Onboarding(creditCode));
  return errors.flatMap((error) => Object.values(error.constraints ?? {}));
}

describe('@IsCreditCode()', () => {
  it('accepts a unified social credit code whose check digit matches', async () => {
    expect(await messages('91350100M000100Y43')).toEqual([]);
    expect(await messages('93513431MA62H4L2X5')).toEqual([]);
  });

  it('says the check digit is wrong when only the check digit disagrees, without giving the right one', async () => {
    const [message] = await messages('91350100M000100Y44');
    expect(message).toContain('creditCode has a wrong check digit');
    expect(message).not.toMatch(/\b3\b|expected|should be/);
  });

  it('says what a credit code looks like when it is malformed', async () => {
    for (const creditCode of ['91350100M000100Y4', '91350100m000100y43', '91350100M000100I43', 18, null]) {
      expect(await messages(creditCode)).toEqual([
        expect.stringContaining('creditCode must be an 18-character unified social credit code'),
      ]);
    }
  });
});
