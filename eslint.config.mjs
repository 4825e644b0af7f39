// ESLint's entry point; the rules and their packages are in tools/lint/ (see the comment there).
export { default } from './tools/lint/eslint.config.mjs';
