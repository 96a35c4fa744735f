/**
 * The framework floor for the HTTP benchmark: NestJS on Fastify (the services' adapter) with one route,
 * `GET /same`, answering the JSON in BARE_BODY; no guards, hooks, pipes, database or token. Run by the
 * benchmark as a child process (PORT set):
 *
 *   node -r ts-node/register/transpile-only bench/lib/nest-minimal.ts
 */
import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

const body = JSON.parse(process.env.BARE_BODY ?? '{}') as object;

@Controller()
class SameAnswer {
  @Get('same')
  same(): object {
    return body;
  }
}

@Module({ controllers: [SameAnswer] })
class Minimal {}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(Minimal, new FastifyAdapter(), {
    logger: false,
  });
  await app.listen(Number(process.env.PORT), '127.0.0.1');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
