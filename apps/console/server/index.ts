/**
 * The console server's public module: what tests may use of it (main.ts is what runs it). Anything
 * else under apps/console is the console's own (ESLint refuses it outside the app).
 */
export type { SessionStoreConfig } from './config';
export { createConsoleServer } from './console-server';
export { SessionCipher } from './session-cipher';
export { PostgresSessionStore } from './session.repository';
