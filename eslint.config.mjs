// ESLint flat config: TypeScript rules everywhere, plus the architecture's arrows as import rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const appsScriptServices = [
  'SpreadsheetApp',
  'PropertiesService',
  'CacheService',
  'LockService',
  'ScriptApp',
  'UrlFetchApp',
  'HtmlService',
  'Utilities',
  'Session',
  'Logger',
  'MailApp',
];
const restrictServices = appsScriptServices.map(name => ({
  name,
  message: 'Apps Script services belong in src/gas (adapters) or src/server (entry points).',
}));
const nodeOnly = [
  'process',
  'Buffer',
  'require',
  'setTimeout',
  'setInterval',
  'fetch',
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
];
const restrictNode = nodeOnly.map(name => ({ name, message: 'Apps Script V8 does not have this global.' }));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-dev/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...restrictServices, ...restrictNode, 'console'],
      'no-restricted-imports': [
        'error',
        { patterns: ['**/server/**', '**/gas/**', '**/client/**', '**/dev/**', 'node:*'] },
      ],
    },
  },
  {
    files: ['src/gas/**/*.ts', 'src/server/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...restrictNode],
      'no-restricted-imports': ['error', { patterns: ['**/client/**', '**/dev/**', 'node:*'] }],
    },
  },
  {
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...restrictServices],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/gas/**', '**/core/**', '**/dev/**'],
              message: 'The sidebar talks to the server only through google.script.run.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
