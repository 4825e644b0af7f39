import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Every statement as `npm run content` (scripts/cli/compile-content.mjs) compiled them, in id
 * order: the one artifact the build steps after it read, never compiled twice.
 * @param {string} [projectRoot] the checkout (the bench builds in a copy of it)
 * @returns {import('../content/model.mjs').Statement[]}
 */
export function readCompiledStatements(projectRoot = root) {
  return JSON.parse(readFileSync(compiledStatementsPath(projectRoot), 'utf8'));
}

/** One compiled statement by id; without an id, the build's only (or first) one. */
export function readCompiledStatement(projectRoot = root, id = undefined) {
  const statements = readCompiledStatements(projectRoot);
  const statement = id === undefined ? statements[0] : statements.find((candidate) => candidate.id === id);
  if (!statement) throw new Error(`no compiled statement "${id}" (built: ${statements.map((s) => s.id).join(', ')})`);
  return statement;
}

export const compiledStatementsPath = (projectRoot = root) => join(projectRoot, 'src/generated/statements.json');
