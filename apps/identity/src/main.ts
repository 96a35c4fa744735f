import { identityConfigFromEnv } from './identity-config';
import { startIdentityServer } from './identity-server';

async function main(): Promise<void> {
  const config = identityConfigFromEnv();
  const identity = await startIdentityServer(config);
  console.log(
    JSON.stringify({
      level: 'info',
      service: 'identity',
      msg: 'listening',
      issuer: identity.issuer,
      port: config.port,
    }),
  );
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => void identity.close().then(() => process.exit(0)));
  }
}

main().catch((error: unknown) => {
  console.error(
    JSON.stringify({ level: 'fatal', service: 'identity', msg: 'failed to start', err: String(error) }),
  );
  process.exit(1);
});
