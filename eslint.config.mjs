import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads'];

/** Folder boundaries (STYLE.md): where code runs is visible in where it lives. */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'out',
      'dist',
      'test-reports',
      'release',
      'coverage',
      'test-results',
      'playwright-report',
      '.native',
      '.tmp',
      'resources',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each folder is typed by its own tsconfig (node, web, tests): the boundaries hold in types too.
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([
      { group: nodeBuiltins, message: 'shared/ is pure TypeScript: no Node built-ins.' },
      {
        group: ['electron', 'electron/*', 'react', 'react-dom', '**/electron/**', '**/renderer/**'],
        message: 'shared/ imports nothing platform-specific.',
      },
    ]),
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict([
      {
        group: ['electron', 'electron/*'],
        message: 'electron/core and the CLI are plain Node: the main process wires Electron.',
      },
      {
        group: ['**/main/**', '**/preload/**', '**/renderer/**'],
        message: 'The core does not depend on the shell or the UI.',
      },
    ]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([
      {
        group: ['**/core/**', '**/main/**', '**/renderer/**', ...nodeBuiltins],
        message: 'The sandboxed preload only bridges the contract.',
      },
    ]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        {
          group: ['electron', 'electron/*', '**/electron/**', ...nodeBuiltins],
          message:
            'The renderer never sees Node or Electron: use the typed API (renderer/src/api.ts).',
        },
      ]),
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
