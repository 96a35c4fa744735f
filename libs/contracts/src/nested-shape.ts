import { getMetadataStorage, ValidationTypes } from 'class-validator';

export interface ShapeProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * What class-validator lets through under `@ValidateNested()`: it takes an array wherever a nested
 * object belongs and validates the array's elements instead, so `[[]]` passes for a list of price
 * tiers, order lines or readings, and `[]` for a cold-chain profile. The code behind then meets an
 * array where it expects an object (a reading batch failed with a 500; an event stored a broken
 * profile). This walks a validated instance and names every nested value that is not an object.
 */
export function nestedShapeProblems(instance: object, path = ''): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(instance.constructor, '', true, false);
  for (const metadata of metadatas) {
    if (metadata.type !== ValidationTypes.NESTED_VALIDATION) continue;
    const value = (instance as Record<string, unknown>)[metadata.propertyName];
    if (value === undefined || value === null) continue; // optional, or refused by another rule
    const field = path ? `${path}.${metadata.propertyName}` : metadata.propertyName;
    const nested: [unknown, string][] = metadata.each
      ? Array.isArray(value)
        ? value.map((item, index) => [item, `${field}.${index}`])
        : []
      : [[value, field]];
    for (const [item, at] of nested) {
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        problems.push({ field: at, message: `${at} must be an object` });
      } else problems.push(...nestedShapeProblems(item, at));
    }
  }
  return problems;
}
