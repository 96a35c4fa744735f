/**
 * Integration and end-to-end tests against a real Kafka broker and PostgreSQL. The global set-up
 * finds them (environment, Docker via testcontainers, or the local scripts); each test file uses
 * its own databases, topic prefix and consumer groups.
 */
module.exports = {
  ...require('./jest.shared'),
  displayName: 'integration',
  testMatch: ['<rootDir>/tests/integration/**/*.int-spec.ts', '<rootDir>/tests/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  testTimeout: 90000,
  maxWorkers: 1,
};
