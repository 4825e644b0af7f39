import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileContent } from '../../scripts/content/compile.mjs';
import { renderFullText } from '../../scripts/rollup/server-render.mjs';
import { root } from './content-helpers.mjs';

// The statement written for the tests in English, Arabic and French (right to left, six plural
// forms, names in Arabic script), as the content build compiles it.
const fixtureDir = join(root, 'test/fixtures/statements/fixture-civic-space');

describe('the Arabic fixture statement', () => {
  const statement = compileContent(fixtureDir);
  const translation = (lang) => statement.translations.find((t) => t.lang === lang);

  it('compiles, Arabic right to left and the others left to right', () => {
    assert.deepEqual(
      statement.translations.map(({ lang, dir }) => [lang, dir]),
      [
        ['en', 'ltr'],
        ['ar', 'rtl'],
        ['fr', 'ltr'],
      ],
    );
    assert.ok(statement.signatories.length >= 12, 'enough names for "Show all" to matter');
    assert.ok(statement.signatories.some((s) => s.lang === 'ar' && /\p{Script=Arabic}/u.test(s.name)));
    assert.equal(translation('ar').official, false, 'labelled as our own translation');
    assert.equal(translation('fr').official, false);
  });

  it('preformats Arabic plural categories and the Arabic comma for its first paint', () => {
    const { plurals, comma } = translation('ar').formatted;
    const countries = new Set(statement.signatories.map((s) => s.country)).size;
    assert.deepEqual(plurals, { [statement.signatories.length]: 'many', [countries]: 'few' });
    assert.equal(comma, '، ');
    assert.equal(translation('fr').formatted.comma, ', ');
  });

  it('writes the Arabic full text right to left, each name in its own direction and with the Arabic comma', async () => {
    const html = await renderFullText(statement, 'ar');
    assert.match(html, /^<article lang="ar" dir="rtl">/);
    assert.match(html, /<li><span lang="en" dir="ltr">Open Assembly Project Ltd\.<\/span>، المملكة المتحدة<\/li>/);
    assert.match(html, /<li><span lang="ar">مرصد الحريات العامة<\/span>، تونس<\/li>/);
    const english = await renderFullText(statement, 'en');
    assert.match(english, /<li><span lang="ar" dir="rtl">مرصد الحريات العامة<\/span>, Tunisia<\/li>/);
    assert.match(english, /<li><span lang="en">Open Assembly Project Ltd\.<\/span>, United Kingdom<\/li>/);
  });
});
