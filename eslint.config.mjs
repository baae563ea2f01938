// @ts-check
/**
 * Lint rules: the recommended sets for JavaScript, TypeScript and Astro, plus a few that keep
 * this codebase's habits (no stray console in the site's code, no unused code).
 * Formatting is Prettier's job (.prettierrc.json), not ESLint's.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'bench/tmp/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Astro's documented way to type Astro.locals: a global declaration file with import() types.
    files: ['src/env.d.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // The site's own code runs in readers' browsers and in the build: it logs through Astro's logger.
    files: ['src/**/*.{ts,tsx,astro}'],
    ignores: ['src/**/*.test.ts', 'src/**/*.spec.ts'],
    rules: { 'no-console': 'error' },
  },
);
