const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A character that may make text unstorable: NUL or either half of a surrogate pair (one scan). */
// eslint-disable-next-line no-control-regex -- NUL is the character looked for
const SUSPECT = /[\u0000\uD800-\uDFFF]/;

/**
 * True when PostgreSQL can store the string: no NUL character (text columns refuse 0x00, jsonb the
 * escape \u0000) and no unpaired UTF-16 surrogate (not Unicode: jsonb refuses its escape). Such text
 * in a request or an event would pass validation and fail the INSERT that follows.
 */
export const isStorableText = (text: string): boolean =>
  !SUSPECT.test(text) || (!text.includes('\u0000') && !UNPAIRED_SURROGATE.test(text));

/**
 * Whether a parsed value holds text that cannot be stored, keys included: unstorableTextIn without
 * the paths, which it would build for every value of a batch of hundreds of readings.
 */
export function hasUnstorableText(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current === 'string') {
      if (!isStorableText(current)) return true;
    } else if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index += 1) pending.push(current[index]);
    } else if (current !== null && typeof current === 'object') {
      for (const key of Object.keys(current)) {
        if (!isStorableText(key)) return true;
        pending.push((current as Record<string, unknown>)[key]);
      }
    }
  }
  return false;
}

export const UNSTORABLE_TEXT_MESSAGE = 'must be text without NUL characters or unpaired UTF-16 surrogates';

/**
 * The places in a parsed value (a request body, query, path parameters, an event's data) holding
 * text that cannot be stored, keys included, as dotted paths; at most `limit`. Walks without
 * recursion, so that a deeply nested value cannot exhaust the stack.
 */
export function unstorableTextIn(value: unknown, root = '', limit = 10): string[] {
  if (!hasUnstorableText(value)) return [];
  const found: string[] = [];
  const pending: [unknown, string][] = [[value, root]];
  while (pending.length > 0 && found.length < limit) {
    const [current, path] = pending.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current)) found.push(path || '(value)');
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push([item, path ? `${path}.${index}` : String(index)]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const at = path ? `${path}.${key}` : key;
        if (!isStorableText(key)) found.push(at);
        pending.push([item, at]);
      }
    }
  }
  return found;
}
