/** Settings shared by the unit and the integration configurations. */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@hb/(contracts|demo|messaging|observability|platform)$': '<rootDir>/libs/$1/src',
    '^@hb/(contracts|demo|messaging|observability|platform)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
};
