// @ts-check
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'build/', 'coverage/', 'node_modules/', 'src/bot/web/assets/**'] },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // Files outside tsconfig.json's `include` (src, test, bench), checked with its options.
          allowDefaultProject: ['eslint.config.js', 'vitest.config.ts'],
          defaultProject: 'tsconfig.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // The code's style: `T[]` for simple element types, `Array<{ … }>` / `ReadonlyArray<[…]>` for the rest.
      '@typescript-eslint/array-type': ['error', { default: 'array-simple' }],
      // Index-signature keys (process.env['X'], records) are read with brackets: the key may be absent.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // A leading underscore marks a name left unused on purpose (a handler's signature, a key dropped by a rest).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `async` with no `await` is deliberate: it keeps a Promise-returning signature, and a throw becomes a rejection.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // vitest's asymmetric matchers (expect.stringMatching, expect.any …) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
);
