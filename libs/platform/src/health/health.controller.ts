import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { TOPIC_ADMIN, type TopicAdmin } from '@hb/messaging';
import { Public } from '../auth/decorators';
import { Unthrottled } from '../rate-limit/rate-limit.guard';
import { PROBLEM_CONTENT_TYPE, problemType } from '../http/problem';

type CheckResult = 'up' | 'down';

async function check(probe: () => Promise<unknown>, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@Public()
@Unthrottled()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(TOPIC_ADMIN) private readonly kafka: TopicAdmin,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is running (liveness probe).' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'The database and Kafka answer (readiness probe).' })
  @ApiOkResponse({ schema: { example: { status: 'ok', checks: { database: 'up', kafka: 'up' } } } })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down (problem+json with the checks).' })
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const [database, kafka] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1'), 2_000),
      check(() => this.kafka.ping(2_000), 2_500),
    ]);
    const checks = { database, kafka };
    if (database === 'up' && kafka === 'up') {
      await reply.status(HttpStatus.OK).send({ status: 'ok', checks });
      return;
    }
    await reply
      .status(HttpStatus.SERVICE_UNAVAILABLE)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send({
        type: problemType('unavailable'),
        title: 'Service unavailable',
        status: 503,
        detail: 'a dependency of this service is down',
        checks,
      });
  }
}
