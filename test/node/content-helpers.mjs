import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compileContent } from '../../scripts/content/compile.mjs';
import { ContentError } from '../../scripts/content/problems.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** The statement the content tests start from: the first folder of content/, whichever statement that is. */
export const contentDir = join(
  root,
  'content',
  readdirSync(join(root, 'content'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()[0],
);

/** Every copy made by contentWith in this test file, removed when its tests are done. */
const copies = [];
after(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A copy of the real content (or of the statement folder `from`) with some files changed: one
 * fixture per rule, each differing from valid content by exactly the mistake under test.
 * @param {Record<string, string | ((text: string) => string)>} changes
 * @param {string} [from]
 */
export function contentWith(changes, from = contentDir) {
  const dir = mkdtempSync(join(tmpdir(), 'joint-statement-content-'));
  copies.push(dir);
  cpSync(from, dir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const path = join(dir, file);
    writeFileSync(path, typeof change === 'function' ? change(readFileSync(path, 'utf8')) : change);
  }
  return dir;
}

/** 1-based line of the first line containing `needle` in a content file. */
export function lineOf(dir, file, needle) {
  const index = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`${needle} not in ${file}`);
  return index + 1;
}

/** Compiles and returns every problem reported, failing if the content compiled. */
export function problemsOf(dir) {
  try {
    compileContent(dir);
  } catch (error) {
    assert.ok(error instanceof ContentError, `expected a ContentError, got ${error}`);
    return error.problems;
  }
  assert.fail('the content compiled although it has a mistake');
}

/** The id of the first statement the build compiled, and the folder its files were built into (dist/<id>/). */
export const builtId = JSON.parse(readFileSync(join(root, 'src/generated/statements.json'), 'utf8'))[0].id;
export const builtDir = join(root, 'dist', builtId);

/**
 * A folder of statement folders, as STATEMENTS_DIR names it: `folders` maps each folder name to
 * the statement folder copied there (contentWith's, or contentDir).
 * @param {Record<string, string>} folders
 */
export function statementsFolder(folders) {
  const dir = mkdtempSync(join(tmpdir(), 'joint-statement-statements-'));
  copies.push(dir);
  for (const [name, from] of Object.entries(folders)) cpSync(from, join(dir, name), { recursive: true });
  return dir;
}
