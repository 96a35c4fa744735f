import { DEFAULT_METRICS_PORT, metricsSettingsFromEnv } from './metrics-server';

describe('metrics settings', () => {
  it('listens on 9464 by default, beside the API rather than on it', () => {
    expect(metricsSettingsFromEnv({})).toEqual({ port: DEFAULT_METRICS_PORT, host: '127.0.0.1' });
    expect(metricsSettingsFromEnv({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('takes another port, any free port (0), or none (off)', () => {
    expect(metricsSettingsFromEnv({ METRICS_PORT: '9465' }).port).toBe(9465);
    expect(metricsSettingsFromEnv({ METRICS_PORT: '0' }).port).toBe(0);
    expect(metricsSettingsFromEnv({ METRICS_PORT: 'off' }).port).toBeNull();
  });

  it.each(['-1', '70000', 'metrics', '9464x'])('refuses METRICS_PORT=%s', (value) => {
    expect(() => metricsSettingsFromEnv({ METRICS_PORT: value })).toThrow(/METRICS_PORT/);
  });
});
