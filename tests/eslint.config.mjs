// @ts-check
/**
 * Lint (npm run lint, part of npm test). Besides the usual checks it keeps the
 * layers of src/ (README, "Architecture"; the rule and its map are in
 * tests/lint/layers.mjs): each folder may import only from the folders below it,
 * and browser code (src/client/) from nothing outside itself.
 * tests/unit/lint.test.ts proves the rule refuses a forbidden import for every folder.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import layers from './lint/layers.mjs';

export default tseslint.config(
  { ignores: ['dist/**', '.astro/**', 'node_modules/**', 'test-results/**', '.dist-*/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    plugins: { local: layers },
    rules: {
      'local/layers': 'error',
      // tsc (noUnusedLocals, noUnusedParameters, and its own name resolution) already reports these.
      '@typescript-eslint/no-unused-vars': 'off',
      'no-unused-vars': 'off',
      'no-undef': 'off',
      // Storage and clipboard may throw in private mode or an old webview: an empty catch means "keep the default".
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Tests match formatted problem lines, whose two-space indents read best as written.
      'no-regex-spaces': 'off',
      'no-useless-escape': 'off',
      '@typescript-eslint/triple-slash-reference': 'off',
    },
  },
);
