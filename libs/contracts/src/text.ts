const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * True when PostgreSQL can store the string: no NUL character (text columns refuse 0x00, jsonb the
 * escape \u0000) and no unpaired UTF-16 surrogate (not Unicode: jsonb refuses its escape). Such text
 * in a request or an event would pass validation and fail the INSERT that follows.
 */
export const isStorableText = (text: string): boolean =>
  !text.includes('\u0000') && !UNPAIRED_SURROGATE.test(text);

export const UNSTORABLE_TEXT_MESSAGE = 'must be text without NUL characters or unpaired UTF-16 surrogates';

/**
 * The places in a parsed value (a request body, query, path parameters, an event's data) holding
 * text that cannot be stored, keys included, as dotted paths; at most `limit`. Walks without
 * recursion, so that a deeply nested value cannot exhaust the stack.
 */
export function unstorableTextIn(value: unknown, root = '', limit = 10): string[] {
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
