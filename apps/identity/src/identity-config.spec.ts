import { DEVELOPMENT_PASSWORD, IdentityConfigurationError, identityConfigFromEnv } from './identity-config';
import { languageOf, loginPage } from './pages';

describe('the identity provider settings', () => {
  it('has development passwords and a development client secret only with HB_DEV_AUTH=1', () => {
    expect(() => identityConfigFromEnv({})).toThrow(IdentityConfigurationError);
    const production = identityConfigFromEnv({
      IDENTITY_CONSOLE_CLIENT_SECRET: 's3cret',
      IDENTITY_PASSWORD_ADMIN: 'a long admin password',
    });
    expect(production.passwords).toEqual({ admin: 'a long admin password' });
    const development = identityConfigFromEnv({ HB_DEV_AUTH: '1', IDENTITY_PASSWORD_BUYER: 'other' });
    expect(development.passwords).toMatchObject({
      buyer: 'other',
      county_official: DEVELOPMENT_PASSWORD,
      certifier2: DEVELOPMENT_PASSWORD,
    });
    expect(
      identityConfigFromEnv({ HB_DEV_AUTH: '1', IDENTITY_PASSWORD_CERTIFIER2: 'second' }).passwords
        .certifier2,
    ).toBe('second');
    expect(development).toMatchObject({ port: 3006, apiAudience: 'urn:harvest-bridge:api' });
  });

  it('gives access tokens 5 minutes unless IDENTITY_ACCESS_TOKEN_TTL says otherwise, and refuses garbage', () => {
    expect(identityConfigFromEnv({ HB_DEV_AUTH: '1' }).accessTokenTtlSeconds).toBe(300);
    expect(
      identityConfigFromEnv({ HB_DEV_AUTH: '1', IDENTITY_ACCESS_TOKEN_TTL: '3' }).accessTokenTtlSeconds,
    ).toBe(3);
    for (const garbage of ['0', '-5', '2.5', '5m', '', '86401']) {
      expect(() => identityConfigFromEnv({ HB_DEV_AUTH: '1', IDENTITY_ACCESS_TOKEN_TTL: garbage })).toThrow(
        IdentityConfigurationError,
      );
    }
  });

  it('shows the login page in Chinese when the client or the browser asks for Chinese', () => {
    expect(languageOf('zh-CN', 'en-GB')).toBe('zh-CN');
    expect(languageOf(undefined, 'zh-TW,zh;q=0.9,en;q=0.5')).toBe('zh-CN');
    expect(languageOf(undefined, 'en-GB,en;q=0.9')).toBe('en');
    const page = loginPage({
      language: 'zh-CN',
      action: '/interaction/x/login',
      refusal: 'wrong-credentials',
    });
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('<p role="alert" id="problem">用户名或密码错误。</p>');
    expect(loginPage({ language: 'en', action: '/a"b', username: '<script>' })).toContain(
      'value="&#60;script&#62;"',
    );
  });
});
