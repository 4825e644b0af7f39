// `npm run new-statement` writes <<REPLACE: what goes here>> wherever only the coordinating
// organisation knows the words. The build refuses a statement while any is left, naming the file
// and line, before any other check: a placeholder is not a mistake to explain, only a gap to fill.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentProblem } from './problems.mjs';

export const PLACEHOLDER = /<<REPLACE:\s*([^\n]*?)>>/g;

/** The placeholder for `what`, as new-statement writes it. */
export const placeholder = (what) => `<<REPLACE: ${what}>>`;

/**
 * Every placeholder left in a statement folder's files.
 * @param {string} dir the statement folder
 * @param {(name: string) => string} display a file's name as the editor knows it
 * @returns {ContentProblem[]}
 */
export function findPlaceholders(dir, display) {
  const problems = [];
  for (const name of readdirSync(dir).filter((file) => /\.(ya?ml|md)$/.test(file)).sort()) {
    readFileSync(join(dir, name), 'utf8')
      .split(/\r\n?|\n/)
      .forEach((line, index) => {
        for (const [, what] of line.matchAll(PLACEHOLDER)) {
          problems.push(new ContentProblem(display(name), index + 1, `replace this placeholder: ${what.replace(/\\"/g, '"')}`, 'write the real text in its place (npm run new-statement left it there)'));
        }
      });
  }
  return problems;
}
