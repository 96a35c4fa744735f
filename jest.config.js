/** Unit tests: `*.spec.ts` beside the code, no I/O. */
module.exports = {
  ...require('./jest.shared'),
  displayName: 'unit',
  testMatch: [
    '<rootDir>/apps/**/*.spec.ts',
    '<rootDir>/libs/**/*.spec.ts',
    '<rootDir>/tests/unit/**/*.spec.ts',
  ],
};
