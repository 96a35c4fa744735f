import { ConfigurationError } from '../config/env';
import { fastifyLimitOptions, httpLimitsFromEnv } from './limits';

describe('HTTP input limits', () => {
  it('has defaults for every limit', () => {
    expect(httpLimitsFromEnv({})).toEqual({
      bodyLimitBytes: 1024 * 1024,
      maxUrlLength: 4096,
      maxParamLength: 100,
      maxHeaderBytes: 16 * 1024,
      requestTimeoutMs: 30_000,
      connectionTimeoutMs: 60_000,
      keepAliveTimeoutMs: 72_000,
    });
  });

  it('takes each from the environment', () => {
    const limits = httpLimitsFromEnv({
      HTTP_BODY_LIMIT_BYTES: '2048',
      HTTP_MAX_URL_LENGTH: '1000',
      HTTP_MAX_PARAM_LENGTH: '64',
      HTTP_MAX_HEADER_BYTES: '8192',
      HTTP_REQUEST_TIMEOUT_MS: '5000',
    });
    expect(limits).toMatchObject({
      bodyLimitBytes: 2048,
      maxUrlLength: 1000,
      maxParamLength: 64,
      maxHeaderBytes: 8192,
      requestTimeoutMs: 5000,
      connectionTimeoutMs: 60_000,
      keepAliveTimeoutMs: 72_000,
    });
  });

  it.each([
    ['HTTP_CONNECTION_TIMEOUT_MS', 'soon'],
    ['HTTP_KEEP_ALIVE_TIMEOUT_MS', '-1'],
    ['HTTP_BODY_LIMIT_BYTES', '1mb'],
  ])('refuses to start with %s=%s, naming the variable', (variable, value) => {
    expect(() => httpLimitsFromEnv({ [variable]: value })).toThrow(ConfigurationError);
    expect(() => httpLimitsFromEnv({ [variable]: value })).toThrow(new RegExp(`^${variable}: "${value}"`));
  });

  it('hands them to Fastify and Node, checking the request timeout often enough to keep it', () => {
    const options = fastifyLimitOptions(httpLimitsFromEnv({ HTTP_REQUEST_TIMEOUT_MS: '1000' }));
    expect(options).toMatchObject({
      bodyLimit: 1024 * 1024,
      maxParamLength: 100,
      requestTimeout: 1000,
      connectionTimeout: 60_000,
      http: { maxHeaderSize: 16 * 1024, headersTimeout: 1000, connectionsCheckingInterval: 250 },
    });
  });
});
