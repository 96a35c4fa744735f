import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { UNSTORABLE_TEXT_MESSAGE, unstorableTextIn } from '@hb/contracts';
import { PROBLEM_CONTENT_TYPE, RequestValidationError, toProblem } from './problem';

/**
 * Refuses, with 400 problem+json naming the fields, a request whose path parameters, query or body
 * hold text the database cannot store (a NUL character, an unpaired surrogate), before any handler
 * runs: the one check for every service. Validation alone lets such text through to the INSERT.
 */
export function refuseUnstorableText(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preValidation', (request, reply, done) => {
      const fields = [
        ...unstorableTextIn(request.params, 'params'),
        ...unstorableTextIn(request.query, 'query'),
        ...unstorableTextIn(request.body),
      ];
      if (fields.length === 0) {
        done();
        return;
      }
      const errors = fields.map((field) => ({ field, messages: [`${field} ${UNSTORABLE_TEXT_MESSAGE}`] }));
      const problem = { ...toProblem(new RequestValidationError(errors)), instance: request.url };
      void reply.status(400).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
    });
}
