import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The statement as `npm run content` (scripts/compile-content.mjs) compiled it: the one
 * artifact the element imports and the build steps after it read, never compiled twice.
 * @param {string} [projectRoot] the checkout (the bench builds in a copy of it)
 */
export function readCompiledStatement(projectRoot = root) {
  return JSON.parse(readFileSync(compiledStatementPath(projectRoot), 'utf8'));
}

export const compiledStatementPath = (projectRoot = root) => join(projectRoot, 'src/generated/statement.json');
