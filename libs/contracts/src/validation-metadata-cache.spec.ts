import { IsInt, IsString, Max, MinLength, validateSync } from 'class-validator';
import { rememberValidationMetadata } from './validation-metadata-cache';

const failing = (object: object, groups?: string[]) =>
  validateSync(object, { groups, forbidUnknownValues: false })
    .map((error) => `${error.property}: ${Object.keys(error.constraints ?? {}).join(',')}`)
    .sort();

describe('remembered validation rules', () => {
  beforeAll(() => rememberValidationMetadata());

  class Line {
    @IsString()
    productId!: string;

    @IsInt()
    @Max(10, { groups: ['small'] })
    quantity!: number;
  }

  it('validates a class as often as asked, with the rules it was defined with', () => {
    const line = Object.assign(new Line(), { productId: 7, quantity: 1.5 });
    expect(failing(line)).toEqual(['productId: isString', 'quantity: isInt']);
    expect(failing(line)).toEqual(['productId: isString', 'quantity: isInt']);
    expect(failing(Object.assign(new Line(), { productId: 'tea', quantity: 3 }))).toEqual([]);
  });

  it('keeps the rules of each set of groups apart', () => {
    const big = Object.assign(new Line(), { productId: 'tea', quantity: 50 });
    expect(failing(big, ['other'])).toEqual([]);
    expect(failing(big, ['small'])).toEqual(['quantity: max']);
    expect(failing(big, ['other'])).toEqual([]);
  });

  it('gives a class defined after others were validated its own rules and its parents’', () => {
    expect(failing(Object.assign(new Line(), { productId: 'tea', quantity: 2 }))).toEqual([]);
    class NamedLine extends Line {
      @MinLength(3)
      name!: string;
    }
    const named = Object.assign(new NamedLine(), { productId: 1, quantity: 2, name: 'ab' });
    expect(failing(named)).toEqual(['name: minLength', 'productId: isString']);
    // The parent's rules are unchanged by its new child.
    expect(failing(Object.assign(new Line(), { productId: 'tea', quantity: 2 }))).toEqual([]);
  });
});
