import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { throwError, type Observable } from 'rxjs';
import { currentTraceContext } from '@hb/observability';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem';

/** Every HTTP error leaves as `application/problem+json` (RFC 9457) with the correlation id. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    // Event handlers keep their errors: the consumer decides between retry and dead-letter.
    if (host.getType() !== 'http') return throwError(() => exception);
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = toProblem(exception);
    problem.instance = request.url;
    const correlationId = currentTraceContext()?.correlationId;
    if (correlationId) problem.correlationId = correlationId;
    if (problem.status >= 500) {
      this.logger.error({ msg: 'request failed', method: request.method, url: request.url, err: exception });
    }
    if (problem.status === 401) void reply.header('www-authenticate', 'Bearer');
    if (typeof problem.retryAfterSeconds === 'number') {
      void reply.header('retry-after', String(problem.retryAfterSeconds));
    }
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }
}
