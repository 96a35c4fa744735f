import { authConfigFromEnv, DEVELOPMENT_JWT_SECRET, InsecureConfigurationError } from './auth.config';
import { mintDevelopmentToken } from './dev-tokens';
import { TokenVerifier } from './token-verifier';

describe('authentication', () => {
  it('refuses to start in production on the development secret or a short one', () => {
    expect(() => authConfigFromEnv({ NODE_ENV: 'production' })).toThrow(InsecureConfigurationError);
    expect(() => authConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(
      InsecureConfigurationError,
    );
    expect(() => authConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(
      InsecureConfigurationError,
    );
  });

  it('starts in production with a JWKS URL or a long secret', () => {
    expect(authConfigFromEnv({ NODE_ENV: 'production', JWKS_URL: 'https://id.example/jwks' }).jwksUrl).toBe(
      'https://id.example/jwks',
    );
    expect(authConfigFromEnv({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).secret).toHaveLength(40);
  });

  it('reads sub, role and org from a valid token', async () => {
    const verifier = new TokenVerifier({ secret: 'unit-secret' });
    const token = await mintDevelopmentToken(
      { sub: 'li.wei', role: 'certifier', org: 'cert-body-1' },
      'unit-secret',
    );
    await expect(verifier.verify(token)).resolves.toEqual({
      subject: 'li.wei',
      role: 'certifier',
      organisationId: 'cert-body-1',
    });
  });

  it('rejects a token whose role is not one of the system roles', async () => {
    const verifier = new TokenVerifier({ secret: 'unit-secret' });
    const token = await mintDevelopmentToken(
      { sub: 'x', role: 'superuser' as unknown as 'admin', org: 'o' },
      'unit-secret',
    );
    await expect(verifier.verify(token)).rejects.toMatchObject({ status: 401 });
  });
});
