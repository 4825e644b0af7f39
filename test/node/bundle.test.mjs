import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GZIP_BUDGET_BYTES, PLAIN_GZIP_BUDGET_BYTES, gzipSize } from '../../scripts/lib/bundle-size.mjs';
import { readCompiledStatement } from '../../scripts/lib/compiled-statement.mjs';
import { builtDir, builtId } from './content-helpers.mjs';

const bundle = readFileSync(join(builtDir, 'joint-statement.js'), 'utf8');
const hydrating = readFileSync(join(builtDir, 'joint-statement-hydrate.js'), 'utf8');

describe('dist/joint-statement.js', () => {
  it('stays within 14 KB gzip, Lit and the statement included', () => {
    const gzip = gzipSize(bundle);
    assert.ok(gzip <= PLAIN_GZIP_BUDGET_BYTES, `${gzip} bytes gzip is over the ${PLAIN_GZIP_BUDGET_BYTES / 1024} KB budget`);
  });

  it('carries nothing the seven names cannot use: no filter, its text, search or paced growth', () => {
    const filterLabels = readCompiledStatement(undefined, builtId).translations.map(({ ui }) => ui.filter);
    for (const bundled of [bundle, hydrating]) {
      for (const marker of ['signatory-filter', 'signatory-matches', 'NFD', 'requestIdleCallback', ...filterLabels]) {
        assert.ok(!bundled.includes(marker), `the bundle contains "${marker}"`);
      }
    }
  });

  it('carries no interface text the seed cannot show: no note under the original, no "official", no list date', () => {
    const { original, translations } = readCompiledStatement(undefined, builtId);
    const unused = translations.flatMap(({ lang, ui }) => [
      ui.officialTranslation.before,
      ui.signatoriesAsOf,
      ...(lang === original ? [ui.unofficialTranslation.before] : []),
    ]);
    for (const bundled of [bundle, hydrating]) {
      for (const text of unused) assert.ok(!bundled.includes(text), `the bundle contains "${text}"`);
    }
    // The notes readers of the translations do see stay.
    for (const { lang, ui } of translations) if (lang !== original) assert.ok(bundle.includes(ui.unofficialTranslation.before), lang);
  });

  it('carries the statement inside (no request for content at run time)', () => {
    // Every language's title, as the content step compiled it.
    for (const { title } of readCompiledStatement(undefined, builtId).translations) assert.ok(bundle.includes(title), title);
    assert.doesNotMatch(bundle, /\bfetch\(|XMLHttpRequest|import\(/);
  });

  it('contains none of the build-time parsers and validators', () => {
    for (const marker of ['micromark', 'mdast', 'LineCounter', 'ajv', 'additionalProperties', 'yaml']) {
      assert.ok(!bundle.includes(marker), `the bundle contains "${marker}"`);
    }
  });

  it('asks V8 to compile it while it downloads (the hint only works on the first line)', () => {
    assert.ok(bundle.startsWith('//# allFunctionsCalledOnLoad\n(function(){'), bundle.slice(0, 60));
  });

  it('uses no innerHTML, eval or unsafe HTML directives', () => {
    assert.doesNotMatch(bundle, /\beval\(|new Function\(|unsafeHTML|outerHTML\s*=|insertAdjacentHTML/);
  });
});

describe('dist/joint-statement-hydrate.js, for pre-rendered snippets', () => {
  it('stays within the same 16 KB gzip budget, hydrate support included', () => {
    const gzip = gzipSize(hydrating);
    assert.ok(gzip <= GZIP_BUDGET_BYTES, `${gzip} bytes gzip is over the ${GZIP_BUDGET_BYTES / 1024} KB budget`);
  });

  it('is the plain bundle plus hydrate support: the plain one carries none of it', () => {
    assert.match(hydrating, /lit-part/);
    assert.doesNotMatch(bundle, /lit-part/);
  });

  it('asks V8 to compile it while it downloads, as the plain bundle does', () => {
    assert.ok(hydrating.startsWith('//# allFunctionsCalledOnLoad\n(function(){'), hydrating.slice(0, 60));
  });
});

describe('both bundles and a hydrate hook the page set', () => {
  // Lit applies the global hook while it is evaluated: the entries' first import, before-lit.ts,
  // must have taken the page's away by then, or a page's Lit hydrate support patches the widget
  // (the browser tests in prerendered.test.ts check it is put back).
  it('set the page’s hook aside before their Lit reads it', () => {
    for (const [name, code] of [
      ['joint-statement.js', bundle],
      ['joint-statement-hydrate.js', hydrating],
    ]) {
      const setAside = code.indexOf('delete globalThis.litElementHydrateSupport');
      const read = code.search(/\.litElementHydrateSupport\?\.\(\{LitElement:/);
      assert.ok(setAside >= 0 && read > setAside, `${name}: the page’s hook is set aside before Lit reads it`);
    }
  });
});
