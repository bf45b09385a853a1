// @ts-check
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Every Node built-in, bare and with the node: prefix (the prefix is also caught by a pattern below).
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

/** Rules every file gets: user text is never HTML, code is never built from strings. */
const everywhereSyntax = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'User text is never HTML: render it as text.',
  },
  {
    selector: "Property[key.name='nodeIntegration'][value.value=true]",
    message: 'nodeIntegration stays off in every window.',
  },
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Do not write HTML strings into the DOM.',
  },
];

export default tseslint.config(
  {
    ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results*'],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error', ...everywhereSyntax],
      // `satisfies` over `as`: an assertion hides the mismatch a type check exists to find.
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core runs in Node, in the renderer and in workers: nothing platform-specific, no clocks.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({ name, message: 'shared/ must not depend on Node.' })),
          patterns: [
            { group: ['node:*'], message: 'shared/ must not depend on Node.' },
            { group: ['electron', 'electron/*'], message: 'shared/ must not depend on Electron.' },
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                'react-aria-components',
                'wouter',
                'wouter/*',
              ],
              message: 'shared/ must not depend on React.',
            },
            {
              group: ['dexie', 'dexie-*', 'fake-indexeddb', 'fake-indexeddb/*'],
              message: 'shared/ must not depend on the database.',
            },
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'shared/ must not import from a process folder.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'location',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'fetch',
          'crypto',
          'process',
          'Buffer',
          'require',
          '__dirname',
          'setTimeout',
          'setInterval',
        ].map((name) => ({
          name,
          message: 'shared/ is platform-neutral: pass what you need in as an argument.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        ...everywhereSyntax,
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No clocks in shared/: take "now" as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'No clocks in shared/: take "now" as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'No randomness in shared/: take it as an argument.',
        },
      ],
    },
  },
  {
    // The renderer runs in a sandboxed page: the platform is reached only through renderer/platform.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'The renderer has no Node: use the platform interface.',
          })),
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node: use the platform interface.' },
            {
              group: ['electron', 'electron/*'],
              message: 'The renderer reaches Electron only through the preload bridge.',
            },
            { group: ['**/electron/**'], message: 'The renderer must not import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'dexie', 'dexie-*'],
              message: 'The main process has no UI and no database.',
            },
            { group: ['**/renderer/**'], message: 'The main process must not import renderer code.' },
          ],
        },
      ],
    },
  },
  {
    // The command line is Node plus shared/; of the renderer it may use only the pure CSV decoding.
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                'dexie',
                'dexie-*',
                'electron',
                'electron/*',
              ],
              message: 'The command line has no UI, no database and no Electron.',
            },
            {
              regex: '(^|/)(electron|renderer/(?!features/import/decode-(csv|yaml)$))',
              message: 'The command line must not import app code; move what it needs to shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
