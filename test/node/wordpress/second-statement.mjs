// The built plugin with a second statement beside the build's own, for the tests of a plugin that
// carries several: a copy of the first statement under another id, in its original language
// only, with its own title, signatory count, script URL and integrity.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

export const SECOND = 'second-statement';

/**
 * @param {string} plugin the built plugin's folder
 * @returns {{ plugin: string, first: object, second: object }} the copy's folder and both statements' entries
 */
export function pluginWithSecondStatement(plugin) {
  const dir = mkdtempSync(join(tmpdir(), 'joint-statement-plugin-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(plugin, dir, { recursive: true });
  const data = JSON.parse(readFileSync(join(dir, 'data/statements.json'), 'utf8'));
  const [first] = data.statements;
  const title = `A second statement, not ${first.id}`;
  const second = {
    ...first,
    id: SECOND,
    titles: { [first.original]: title },
    languages: first.languages.filter(({ lang }) => lang === first.original),
    signatories: 2,
    script: { url: first.script.url.replace(`/${first.id}/`, `/${SECOND}/`), integrity: 'sha384-second-statements-own-hash' },
  };
  const fullText = readFileSync(join(dir, `data/${first.id}/full-text/${first.original}.html`), 'utf8').replace(/<h2>[^<]*<\/h2>/, `<h2>${title}</h2>`);
  cpSync(join(dir, `data/${first.id}`), join(dir, `data/${SECOND}`), { recursive: true });
  writeFileSync(join(dir, `data/${SECOND}/full-text/${first.original}.html`), fullText);
  data.statements.push(second);
  writeFileSync(join(dir, 'data/statements.json'), JSON.stringify(data));
  return { plugin: dir, first, second };
}
