// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

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
  {
    files: ['apps/catalog/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/orders/src/**',
                '**/logistics/src/**',
                '**/certification/src/**',
                '**/monitoring/src/**',
                '**/identity/src/**',
                '**/console/src/**',
              ],
              message:
                'A service never imports another service: talk through events (libs/contracts) or HTTP.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/orders/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/catalog/src/**',
                '**/logistics/src/**',
                '**/certification/src/**',
                '**/monitoring/src/**',
                '**/identity/src/**',
                '**/console/src/**',
              ],
              message:
                'A service never imports another service: talk through events (libs/contracts) or HTTP.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/logistics/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/catalog/src/**',
                '**/orders/src/**',
                '**/certification/src/**',
                '**/monitoring/src/**',
                '**/identity/src/**',
                '**/console/src/**',
              ],
              message:
                'A service never imports another service: talk through events (libs/contracts) or HTTP.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/certification/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/catalog/src/**',
                '**/orders/src/**',
                '**/logistics/src/**',
                '**/monitoring/src/**',
                '**/identity/src/**',
                '**/console/src/**',
              ],
              message:
                'A service never imports another service: talk through events (libs/contracts) or HTTP.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/monitoring/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/catalog/src/**',
                '**/orders/src/**',
                '**/logistics/src/**',
                '**/certification/src/**',
                '**/identity/src/**',
                '**/console/src/**',
              ],
              message:
                'A service never imports another service: talk through events (libs/contracts) or HTTP.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/identity/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/catalog/src/**',
                '**/orders/src/**',
                '**/logistics/src/**',
                '**/certification/src/**',
                '**/monitoring/src/**',
                '**/console/src/**',
              ],
              message:
                'A service never imports another service: talk through events (libs/contracts) or HTTP.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/apps/**'], message: 'libs never import apps.' }] },
      ],
    },
  },
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
                '../../../*',
                '@hb/platform*',
                '@hb/messaging*',
                '@hb/observability*',
              ],
              message: 'The console imports only libs/contracts and libs/api-types.',
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
            "CallExpression[callee.property.name=/^(query|createQueryBuilder)$/], CallExpression[callee.name='createQueryBuilder']",
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
