/**
 * Integration and end-to-end tests against a real Kafka broker and PostgreSQL. The global set-up
 * finds them (environment, Docker via testcontainers, or the local scripts); each test file uses
 * its own databases, topic prefix and consumer groups, so two files can run at once: two workers
 * (a file spends much of its time waiting on the broker, PostgreSQL and polls; more than two would
 * only crowd the two cores the test command is sized for).
 */
module.exports = {
  ...require('./jest.shared'),
  displayName: 'integration',
  testMatch: ['<rootDir>/tests/integration/**/*.int-spec.ts', '<rootDir>/tests/e2e/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  testTimeout: 90000,
  maxWorkers: 2,
};
