import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * How deeply a JSON body may nest objects and arrays. The deepest request of the APIs nests three
 * levels (readings in a batch); the recursive code behind the parser (Nest's ValidationPipe,
 * class-transformer, class-validator) runs out of stack a few thousand levels down, which made a
 * 30 KB body a 500 before this limit.
 */
export const MAX_JSON_DEPTH = 32;

/** True when the JSON text nests objects or arrays deeper than `maxDepth` (strings are skipped). */
export function jsonNestedDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c /* \ */) index += 1;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) depth -= 1;
  }
  return false;
}

/**
 * The JSON body parser of every service: Fastify's own (prototype poisoning refused), after a check
 * of the nesting depth, so that a deeply nested body is a 400 rather than a stack overflow.
 * Registered before Nest's, which is then left out (bodies of other content types get a 415).
 */
export function useJsonBodyParser(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit }, (request, body, done) => {
    const text = body.toString('utf8');
    if (jsonNestedDeeperThan(text, MAX_JSON_DEPTH)) {
      const error = Object.assign(new Error(`JSON body nested deeper than ${MAX_JSON_DEPTH} levels`), {
        statusCode: 400,
      });
      done(error, undefined);
      return;
    }
    void parseJson(request as unknown as Parameters<typeof parseJson>[0], text, done);
  });
}
