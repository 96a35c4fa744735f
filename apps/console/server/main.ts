import { consoleConfigFromEnv } from './config';
import { createConsoleServer } from './console-server';

async function main(): Promise<void> {
  const config = consoleConfigFromEnv();
  const app = await createConsoleServer(config, { logger: true });
  await app.listen({ port: config.port, host: config.host });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void app.close().then(() => process.exit(0)));
  }
}

main().catch((error: unknown) => {
  console.error(
    JSON.stringify({ level: 'fatal', service: 'console', msg: 'failed to start', err: String(error) }),
  );
  process.exit(1);
});
