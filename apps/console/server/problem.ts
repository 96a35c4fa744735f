import type { FastifyReply } from 'fastify';
import type { Problem } from '@hb/platform/http/problem';

/** Answers with an RFC 9457 problem, as the services do, so the browser reads every error one way. */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}
