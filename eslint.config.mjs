// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const SERVICES = ['catalog', 'orders', 'logistics', 'certification', 'monitoring', 'identity', 'console'];

/** An app never imports another app: services talk through events (libs/contracts) or HTTP. */
const otherApps = (app) => ({
  group: SERVICES.filter((other) => other !== app).flatMap((other) =>
    other === 'console'
      ? ['**/console/src', '**/console/src/**', '**/console/server', '**/console/server/**']
      : [`**/${other}/src`, `**/${other}/src/**`],
  ),
  message: 'An app never imports another app: talk through events (libs/contracts) or HTTP.',
});

/** Production code never imports scripts, benchmarks or tests; its unit tests may use tests/support. */
const outsideCode = (spec = false) => ({
  group: ['**/scripts/**', '**/bench/**', ...(spec ? ['**/tests/*', '!**/tests/support'] : ['**/tests/**'])],
  message:
    'Apps and libs never import scripts, benchmarks or tests (shared code goes to a lib, e.g. libs/demo).',
});

/** The same restrictions for production files and, with tests/support allowed, for their unit tests. */
const withSpecs = (files, patterns, extra = {}) => [
  {
    files,
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-imports': ['error', { ...extra, patterns: patterns(false) }] },
  },
  {
    files: files.map((glob) => glob.replace(/\*\.ts$/, '*.spec.ts')),
    rules: { 'no-restricted-imports': ['error', { ...extra, patterns: patterns(true) }] },
  },
];

const NODE_LIBS_MESSAGE =
  'The console server uses only pure libraries: @hb/contracts, @hb/api-types, @hb/demo and single @hb/platform modules (not its Nest index).';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'tmp/**',
      '.data/**',
      '.tools/**',
      'eslint.config.mjs',
      'jest*.js',
      'scripts/*.js',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // Boundaries. ESLint keeps one option list per rule and file, so each group below states all of its
  // own restrictions.
  ...SERVICES.flatMap((app) =>
    withSpecs([`apps/${app}/**/*.ts`], (spec) => [otherApps(app), outsideCode(spec)]),
  ),
  // The console's server: its own files, the pure libraries, and the demo's people for the development sign-in.
  ...withSpecs(
    ['apps/console/server/**/*.ts'],
    (spec) => [
      otherApps('console'),
      outsideCode(spec),
      { group: ['@hb/messaging*', '@hb/observability*'], message: NODE_LIBS_MESSAGE },
    ],
    { paths: [{ name: '@hb/platform', message: NODE_LIBS_MESSAGE }] },
  ),
  {
    // The browser console reads only the contracts and the generated API types, as an integrator would.
    files: ['apps/console/src/**/*.ts', 'apps/console/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/apps/**',
                '**/scripts/**',
                '**/bench/**',
                '**/tests/**',
                '../../../*',
                '@hb/platform*',
                '@hb/messaging*',
                '@hb/observability*',
                '@hb/demo*',
              ],
              message: 'The console imports only libs/contracts and libs/api-types.',
            },
          ],
        },
      ],
    },
  },
  ...withSpecs(['libs/**/*.ts'], (spec) => [
    { group: ['**/apps/**'], message: 'libs never import apps.' },
    outsideCode(spec),
  ]),
  {
    // Tests, benchmarks and scripts use a service only through its public module, apps/<service>/src/index.ts
    // (the console server's: apps/console/server/index.ts), imported as `…/apps/<service>/src`.
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/*/*/*', '!**/apps/*/src/index', '!**/apps/console/server/index'],
              message:
                'Use the service through its public module: import from `apps/<service>/src` (its index.ts), and export there what is missing.',
            },
          ],
        },
      ],
    },
  },
  {
    // SQL lives in repositories (`*.repository.ts`), each statement taking the caller's transaction.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: [
      '**/*.repository.ts',
      '**/migrations/**',
      '**/*.spec.ts',
      // The outbox and the inbox are the messaging library's own storage.
      'libs/messaging/src/outbox/outbox.ts',
      'libs/messaging/src/outbox/outbox-relay.ts',
      'libs/messaging/src/consumer/inbox-processor.ts',
      // Runs the migrations under an advisory lock.
      'libs/platform/src/database/migrations.ts',
      // Sends a repository's statement as a prepared statement (the SQL stays in the repository).
      'libs/platform/src/database/prepared.ts',
      // The readiness probe's `SELECT 1`.
      'libs/platform/src/health/health.controller.ts',
      // A command-line tool that drops and rebuilds the read model's schema.
      'apps/monitoring/src/rebuild.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(query|createQueryBuilder)$/], CallExpression[callee.name=/^(createQueryBuilder|preparedQuery)$/]',
          message:
            'SQL lives in repositories: move this statement into the aggregate’s *.repository.ts (it takes the transaction).',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'tests/**/*.ts', 'scripts/demo/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
