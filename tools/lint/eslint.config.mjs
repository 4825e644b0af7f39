// The project's ESLint rules (flat config), loaded through ../../eslint.config.mjs. They live
// here, beside their own package.json and lock file, because typescript-eslint needs
// TypeScript 5 and the project compiles with TypeScript 7 (npm cannot install both as `typescript`).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'lib/', 'coverage/', 'src/generated/', '.release-check/', 'test/.built/', 'test/types/tools/', 'tools/lint/node_modules/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // What ships to readers and what runs in the test browsers.
    files: ['src/**', 'test/browser/**', 'test/support/**/*.ts', 'test/frameworks/**', 'test/fixtures/**', 'demo/**', 'wordpress/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The build, the tools and the Node tests. Some scripts also run inside pages the bench
    // and the checks drive (page.evaluate), so they see the browser's globals too.
    files: ['scripts/**', 'test/node/**', 'test/support/**/*.mjs', 'tools/**', '*.mjs', '*.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Runs inside WordPress's block editor, where `wp` is the editor's API.
    files: ['scripts/e2e/wordpress/block-editor.mjs'],
    languageOptions: { globals: { wp: 'readonly' } },
  },
  {
    files: ['test/**'],
    rules: {
      // Elements and globals from other frames (the generator, the pages under test) have no
      // type in this realm.
      '@typescript-eslint/no-explicit-any': 'off',
      // Chai's property assertions (`expect(x).to.exist`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // The element: Lit's template rules and the custom-element rules.
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
  },
  {
    rules: {
      // An unused name with a leading underscore is deliberate (a parameter kept for its position).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
