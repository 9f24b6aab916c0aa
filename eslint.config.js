// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The project's lint rules: the recommended JavaScript and TypeScript sets for source, tests and
 * scripts, and eslint-plugin-astro's recommended set for `.astro` files (their frontmatter and
 * `<script>` parts are TypeScript, parsed by typescript-eslint through astro-eslint-parser).
 */
export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'test-results/', 'tests/fixtures/', '.dist.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js', '**/*.astro'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a parameter a callback must accept but does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.astro'],
    rules: {
      // A template's text is what the page prints: an ideographic space (U+3000) there is a
      // deliberate Japanese space, not a stray character.
      'no-irregular-whitespace': ['error', { skipJSXText: true }],
    },
  },
);
