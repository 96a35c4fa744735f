/**
 * The identity provider's public module: what tests may use of it (main.ts is what runs it). Anything
 * else under src/ is the provider's own (ESLint refuses it outside the app).
 */
export { DEVELOPMENT_PASSWORD, identityConfigFromEnv } from './identity-config';
export { startIdentityServer, type RunningIdentity } from './identity-server';
