// A build carries a series of statements, one folder each: content/<id>/ holds the files one
// statement needs (statement.yaml, signatories.yaml, <lang>.md). The folder's name is the
// statement's id, the name it has in URLs (dist/<id>/), in snippets (`statement="<id>"`) and in
// the page-wide registry, so it must stay a plain lowercase slug.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { delimiter, join, relative, resolve } from 'node:path';
import { compileContent } from './compile.mjs';
import { ContentError, ContentProblem } from './problems.mjs';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The folders to build from: STATEMENTS_DIR (one folder, or several joined by the platform's
 * path delimiter, `:` on Linux and macOS) or else content/.
 * @param {string} root the project checkout
 */
export function statementRoots(root, env = process.env) {
  const value = env.STATEMENTS_DIR?.trim();
  return value ? value.split(delimiter).filter(Boolean).map((dir) => resolve(dir)) : [join(root, 'content')];
}

/** A slug close to a folder name, for the fix an editor is offered. */
const slugFrom = (name) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'my-statement';

/**
 * Compiles every statement folder under `roots`, in id order. Throws a ContentError listing
 * every problem of every statement (a bad id, the same id twice, a file where a folder should
 * be, and each statement's own content problems); returns only when there are none.
 * @param {string[]} roots
 * @returns {import('./model.mjs').Statement[]}
 */
export function compileStatements(roots) {
  const problems = [];
  const display = (path) => relative(process.cwd(), path) || path;
  /** @type {Map<string, string>} id → the folder that has it */
  const seen = new Map();
  const statements = [];
  for (const dir of roots) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      problems.push(new ContentProblem(display(dir), 1, 'this statements folder does not exist', 'create it with one folder per statement, or correct STATEMENTS_DIR'));
      continue;
    }
    const entries = readdirSync(dir, { withFileTypes: true }).filter((entry) => !entry.name.startsWith('.'));
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    for (const file of entries.filter((entry) => !entry.isDirectory())) {
      problems.push(
        new ContentProblem(display(join(dir, file.name)), 1, `a file directly in ${display(dir)}/, where each statement has its own folder`, `move it into its statement's folder, ${display(dir)}/<id>/`),
      );
    }
    if (!folders.length && !entries.length) {
      problems.push(new ContentProblem(display(dir), 1, 'no statement folder here', `add one folder per statement, e.g. ${display(dir)}/my-statement/ (npm run new-statement -- my-statement)`));
    }
    for (const id of folders) {
      const folder = join(dir, id);
      const yaml = display(join(folder, 'statement.yaml'));
      if (!ID_PATTERN.test(id)) {
        problems.push(
          new ContentProblem(yaml, 1, `the folder name "${id}" is not a valid statement id`, `rename the folder to a lowercase slug of letters, digits and single hyphens, e.g. ${slugFrom(id)}`),
        );
        continue;
      }
      if (seen.has(id)) {
        problems.push(
          new ContentProblem(yaml, 1, `a second statement with the id "${id}" (the first is ${display(seen.get(id))})`, 'give one of the two folders another name: each statement needs its own id'),
        );
        continue;
      }
      seen.set(id, folder);
      try {
        statements.push(compileContent(folder, { id }));
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        problems.push(...error.problems);
      }
    }
  }
  if (problems.length) throw new ContentError(problems);
  return statements.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** content/'s first statement folder, in id order: what tools that take one statement start from (the bench, the synthetic long list). */
export function firstStatementFolder(root) {
  const [dir] = statementRoots(root, {});
  const [first] = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  if (!first) throw new Error(`no statement folder in ${dir}`);
  return join(dir, first);
}
