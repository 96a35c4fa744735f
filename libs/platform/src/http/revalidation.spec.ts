import { BadRequestException, Controller, Get, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { answerWritesOnceSeen, Revalidators } from './revalidation';

@Controller('things')
class ThingsController {
  @Get()
  list() {
    return [];
  }

  @Post()
  add() {
    return { added: true };
  }

  @Post('refused')
  refuse() {
    throw new BadRequestException();
  }
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

/** A revalidator whose memory catches up only when the test says so. */
function heldRevalidator() {
  let calls = 0;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  return {
    caughtUp: () => {
      calls += 1;
      return held;
    },
    calls: () => calls,
    release: () => release(),
  };
}

describe('answers to writes wait until the revalidators have caught up', () => {
  let app: NestFastifyApplication;
  const revalidator = heldRevalidator();

  beforeAll(async () => {
    app = await NestFactory.create<NestFastifyApplication>(ThingsModule, new FastifyAdapter(), {
      logger: false,
    });
    const revalidators = new Revalidators();
    revalidators.register('things', () => undefined, revalidator.caughtUp);
    answerWritesOnceSeen(app, revalidators);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
  });

  const inject = (method: 'GET' | 'POST', url: string) =>
    app.getHttpAdapter().getInstance().inject({ method, url });

  it('answers reads at once, without asking', async () => {
    expect((await inject('GET', '/things')).statusCode).toBe(200);
    expect(revalidator.calls()).toBe(0);
  });

  it('holds a write answer, a refusal too, until the revalidator has caught up', async () => {
    const answered: string[] = [];
    const added = inject('POST', '/things').then((answer) => answered.push(`added ${answer.statusCode}`));
    const refused = inject('POST', '/things/refused').then((answer) =>
      answered.push(`refused ${answer.statusCode}`),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(revalidator.calls()).toBe(2);
    expect(answered).toEqual([]);
    revalidator.release();
    await Promise.all([added, refused]);
    expect(answered.sort()).toEqual(['added 201', 'refused 400']);
  });

  it('answers writes at once in a service without revalidators', async () => {
    const plain = await NestFactory.create<NestFastifyApplication>(ThingsModule, new FastifyAdapter(), {
      logger: false,
    });
    answerWritesOnceSeen(plain, new Revalidators());
    await plain.init();
    try {
      const answer = await plain.getHttpAdapter().getInstance().inject({ method: 'POST', url: '/things' });
      expect(answer.statusCode).toBe(201);
    } finally {
      await plain.close();
    }
  });
});
