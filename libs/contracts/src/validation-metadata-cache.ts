import { getMetadataStorage } from 'class-validator';

type Lookup = (
  target: Function, // eslint-disable-line @typescript-eslint/no-unsafe-function-type -- class-validator's signature
  schema: string,
  always: boolean,
  strictGroups: boolean,
  groups?: string[],
) => ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>;

const REMEMBERED = Symbol.for('hb.validationMetadataRemembered');

/**
 * class-validator finds a class's rules by scanning every decorated class of the process, on every
 * object it validates and for every nested object (typestack/class-validator#2686). With the hundreds
 * of DTO and event classes of a service that scan was most of the cost of validating an event or a
 * request body. A class's rules, its own and inherited, are complete once it is defined (its
 * decorators, and its parents', have run before an instance can exist), and a class defined later
 * adds rules only to itself: so the answer for one class and one set of options never changes, and
 * is remembered. Installed once per process on class-validator's global storage.
 */
export function rememberValidationMetadata(): void {
  const storage = getMetadataStorage() as ReturnType<typeof getMetadataStorage> & { [REMEMBERED]?: true };
  if (storage[REMEMBERED]) return;
  storage[REMEMBERED] = true;
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const remembered = new WeakMap<object, Map<string, ReturnType<Lookup>>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    let byOptions = remembered.get(target);
    if (!byOptions) remembered.set(target, (byOptions = new Map<string, ReturnType<Lookup>>()));
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0000') ?? ''}`;
    let metadatas = byOptions.get(key);
    if (!metadatas) byOptions.set(key, (metadatas = lookup(target, schema, always, strictGroups, groups)));
    return metadatas;
  };
}
