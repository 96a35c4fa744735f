import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { currentTraceContext } from './trace-context';

/**
 * Structured JSON logs (one object per line) for every service, with the current correlation id
 * and trace id on each line. Used as Nest's logger, so framework and application logs look alike.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Logger;

  constructor(service: string, level = process.env.LOG_LEVEL ?? 'info') {
    this.pino = pino({
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const context = currentTraceContext();
        return context
          ? { correlationId: context.correlationId, traceId: context.traceparent.slice(3, 35) }
          : {};
      },
    });
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** Nest passes (message, ...optionalParams, context); errors pass a stack before the context. */
  private write(level: pino.Level, message: unknown, rest: unknown[]): void {
    const params = [...rest];
    const context = typeof params[params.length - 1] === 'string' ? (params.pop() as string) : undefined;
    const fields: Record<string, unknown> = context ? { context } : {};
    if (message instanceof Error) {
      fields.err = message;
      this.pino[level](fields, message.message);
      return;
    }
    for (const param of params) {
      if (param instanceof Error) fields.err = param;
      else if (typeof param === 'string' && level === 'error') fields.stack = param;
      else if (param && typeof param === 'object') Object.assign(fields, param);
    }
    if (message && typeof message === 'object') this.pino[level]({ ...fields, ...message });
    else this.pino[level](fields, String(message));
  }
}
