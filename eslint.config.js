import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', 'http', 'net']

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'tests/artifacts/**', 'drizzle/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The renderer reaches the core only through the typed API: types may be imported, code may not.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer runs in a sandbox without Node.' },
            { group: ['electron', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'], message: 'Not in the renderer.' },
            {
              group: ['**/src-main/**'],
              message:
                'The renderer reaches src-main only through @shared and @benefits, and the core only through useApi().',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/shared/**/*.ts', 'src-main/benefits/**/*.ts', 'src-main/process/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_BUILTINS, message: 'Shared code also runs in the renderer.' },
            { group: ['electron', '**/src-main/core/**', '**/src-main/electron/**'], message: 'Shared code is pure.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/core/**/*.ts', 'src-main/browser-mode/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron'], message: 'The core runs in plain Node and must not import Electron.' }] },
      ],
    },
  },
)
