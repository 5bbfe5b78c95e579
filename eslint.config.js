// Lint (`npm run lint`, a tier of `npm test`): ESLint's recommended rules plus a few that catch
// real defects (unused code, loose equality, accidental globals, reassigned-but-constant
// bindings). Formatting is prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import globals from 'globals';

// Browser globals that a typo or a missing declaration silently reaches for (`name` is the
// window's name, `event` the current event): refused, so that the mistake shows.
const CONFUSING_BROWSER_GLOBALS = ['event', 'name', 'length', 'status', 'top', 'parent', 'opener'];

export default [
  {
    ignores: [
      'node_modules/',
      'build/',
      'build-*/',
      'dist/',
      'test-output/',
      'test-results/',
      'playwright-report/',
      'web/src/engine/generated/',
    ],
  },
  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-implicit-globals': 'error',
      'no-restricted-globals': ['error', ...CONFUSING_BROWSER_GLOBALS],
      'prefer-const': 'error',
      'no-var': 'error',
      'no-template-curly-in-string': 'error',
      'array-callback-return': 'error',
      'no-self-compare': 'error',
      'no-unmodified-loop-condition': 'error',
      'no-use-before-define': ['error', { functions: false, classes: false, variables: false }],
      'default-case-last': 'error',
    },
  },
  // The page: the browser's globals.
  { files: ['web/**/*.js'], languageOptions: { globals: globals.browser } },
  // Node programs and tests (E2E tests also run callbacks inside the page).
  {
    files: [
      'scripts/**',
      'bin/**',
      'bench/**',
      'tests/**',
      '*.config.js',
      'web/src/engine/load-node.js',
    ],
    languageOptions: { globals: globals.node },
  },
  { files: ['tests/e2e/**', 'bench/browser/**'], languageOptions: { globals: globals.browser } },
];
