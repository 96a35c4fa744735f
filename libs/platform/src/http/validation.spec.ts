import { Type } from 'class-transformer';
import { IsArray, IsInt, IsString, ValidateNested } from 'class-validator';
import { RequestValidationError } from './problem';
import { createValidationPipe } from './validation';

class Reading {
  @IsString() deviceId!: string;
  @IsInt() temperature!: number;
}

class Profile {
  @IsInt() maxC!: number;
}

class Batch {
  @IsArray() @ValidateNested({ each: true }) @Type(() => Reading) readings!: Reading[];
  @ValidateNested() @Type(() => Profile) profile!: Profile;
}

describe('the validation pipe of every service', () => {
  const pipe = createValidationPipe();
  const validate = (body: unknown) => pipe.transform(body, { type: 'body', metatype: Batch });
  const fieldsOf = async (body: unknown) => {
    try {
      await validate(body);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(RequestValidationError);
      return (error as RequestValidationError).errors.map((failure) => failure.field);
    }
  };

  it('takes a well-formed body', async () => {
    await expect(
      validate({ readings: [{ deviceId: 'TT-1', temperature: 3 }], profile: { maxC: 4 } }),
    ).resolves.toBeInstanceOf(Batch);
  });

  // class-validator validates the elements of an array found where an object belongs, so an empty
  // inner array has nothing to fail: the shape is checked before it.
  it('refuses arrays where nested objects belong, however deep', async () => {
    expect(await fieldsOf({ readings: [[]], profile: { maxC: 4 } })).toEqual(['readings.0']);
    expect(await fieldsOf({ readings: [{ deviceId: 'TT-1', temperature: 3 }], profile: [] })).toEqual([
      'profile',
    ]);
    expect(await fieldsOf({ readings: [[[]]], profile: [[]] })).toEqual(['readings.0', 'profile']);
  });
});
