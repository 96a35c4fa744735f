import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { isValidCreditCode } from '@hb/contracts/credit-code';

const CREDIT_CODE_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/**
 * A unified social credit code (GB 32100-2015) whose check character matches its first 17. The
 * message tells a mistyped code from a malformed one, but never gives the expected check character:
 * "fixing" the last character would hide a typo in the others.
 */
export function IsCreditCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCreditCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidCreditCode(value),
        defaultMessage: ({ property, value }: ValidationArguments) =>
          typeof value === 'string' && CREDIT_CODE_SHAPE.test(value)
            ? `${property} has a wrong check digit: its last character does not match the first 17 (GB 32100-2015); check the code for a typo`
            : `${property} must be an 18-character unified social credit code: digits and capital letters except I, O, S, V and Z`,
      },
    });
}
