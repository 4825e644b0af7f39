import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildBundle } from '../../scripts/lib/build-bundle.mjs';
import { writeSyntheticContent } from '../../scripts/lib/synthetic-content.mjs';
import { builtId, contentDir, root } from './content-helpers.mjs';
import { readCompiledStatement } from '../../scripts/lib/compiled-statement.mjs';
import { withoutUnusedText } from '../../scripts/rollup/statement-module.mjs';
import { languageSchema } from '../../scripts/content/schemas.mjs';
import { TRIMMABLE_UI_STRINGS, UI_STRING_NAMES } from '../../src/ui-string-names.js';

// The seed's bundle leaves out the filter (test/node/bundle.test.mjs); a statement with more
// than 20 names must keep it, or its readers lose the search box.
describe('a bundle built for a statement of 25 signatories', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'joint-statement-specialise-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('carries the filter, its text, its search and the paced growth', async () => {
    const content = writeSyntheticContent(join(tmp, 'content'), { count: 25 });
    const { bundle, statement } = await buildBundle(root, join(tmp, 'build'), content);
    assert.equal(statement.signatories.length, 25);
    const code = bundle.toString('utf8');
    const filterLabels = statement.translations.map(({ ui }) => ui.filter);
    for (const marker of ['signatory-filter', 'signatory-matches', 'NFD', 'requestIdleCallback', ...filterLabels]) {
      assert.ok(code.includes(marker), `the bundle lacks "${marker}"`);
    }
  });
});

// The seed's bundle leaves out the notes its content cannot show (test/node/bundle.test.mjs);
// a statement with an official translation and a dated list must keep them, or its readers
// lose "Official translation" and "Signatories as of".
describe('a bundle built for a statement with an official translation and a dated list', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'joint-statement-specialise-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('carries the official-translation note, the unofficial one for the others, and the date line', async () => {
    const content = join(tmp, 'content');
    cpSync(contentDir, content, { recursive: true });
    const es = join(content, 'es.md');
    writeFileSync(es, readFileSync(es, 'utf8').replace('official: false', 'official: true\nsource: https://example.org/declaracion'));
    writeFileSync(join(content, 'statement.yaml'), `${readFileSync(join(content, 'statement.yaml'), 'utf8')}updated: 2019-07-01\n`);
    const { bundle, statement } = await buildBundle(root, join(tmp, 'build'), content);
    const code = bundle.toString('utf8');
    const ui = Object.fromEntries(statement.translations.map((translation) => [translation.lang, translation.ui]));
    for (const text of [ui.es.officialTranslation.before, ui.pt.unofficialTranslation.before, ui.en.signatoriesAsOf, ui.es.signatoriesAsOf]) {
      assert.ok(code.includes(text), `the bundle lacks "${text}"`);
    }
  });
});

// The element's type (ShownUiStrings in src/content-model.ts) lets a bundle leave out only
// these strings; any other it trimmed would reach the element as undefined where the type
// promised text.
describe('the interface text a bundle leaves out', () => {
  it('is only what the element’s type calls optional (TRIMMABLE_UI_STRINGS)', () => {
    const statement = readCompiledStatement(undefined, builtId);
    const trimmed = withoutUnusedText(statement);
    const left = trimmed.translations.flatMap(({ lang, ui }) => UI_STRING_NAMES.filter((name) => !(name in ui)).map((name) => `${lang}: ${name}`));
    assert.ok(left.length > 0, 'the seed’s bundle leaves some out');
    for (const entry of left) assert.ok(TRIMMABLE_UI_STRINGS.includes(entry.split(': ')[1]), `${entry} left out, but the element’s type requires it`);
  });

  it('is named from the same list as the content’s schema, which requires and describes each of them', () => {
    const ui = languageSchema.properties.ui;
    assert.deepEqual(ui.required, [...UI_STRING_NAMES]);
    assert.deepEqual(Object.keys(ui.properties), [...UI_STRING_NAMES]);
  });
});
