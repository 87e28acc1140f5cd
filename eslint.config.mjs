import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default [
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/tmp/**',
      'packages/api/src/gen/**',
      'packages/api/src/gen-legacy/**',
      'packages/api/src/descriptors/**',
    ],
  },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          enforceBuildableLibDependency: false,
          depConstraints: [
            // Plugins stand on packages/* only, never on each other.
            {
              sourceTag: 'scope:plugin',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:core', 'scope:testing', 'scope:sandbox'],
            },
            { sourceTag: 'scope:core', onlyDependOnLibsWithTags: ['scope:api'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: ['scope:api', 'scope:core'] },
            { sourceTag: 'scope:sandbox', onlyDependOnLibsWithTags: [] },
            // Tools (bench, local host, generators) drive plugins from the outside.
            {
              sourceTag: 'scope:tools',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:core', 'scope:testing', 'scope:sandbox', 'scope:plugin'],
            },
          ],
        },
      ],
    },
  },
  {
    // Dev-only packages (plugin-testing, sandbox) may be used by a plugin's tests, never by its runtime code.
    files: ['plugins/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@cloudforet/plugin-testing', '@cloudforet/sandbox'],
              message: 'plugin-testing and sandbox are dev-only: use them in tests, not in plugin code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
