import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileContent } from '../../scripts/content/compile.mjs';
import { contentDir, root, builtDir, builtId } from './content-helpers.mjs';

const bundle = readFileSync(join(builtDir, 'joint-statement.js'));
const html = readFileSync(join(builtDir, 'embed.html'), 'utf8');
const index = JSON.parse(readFileSync(join(root, 'dist/embed.json'), 'utf8'));
const json = index.statements.find(({ id }) => id === builtId);
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { canonicalUrl, original, translations, signatories } = compileContent(contentDir);

// Recomputed here, independently of scripts/rollup/write-embed.mjs.
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
const attribute = (name) => html.match(new RegExp(`<script[^>]* ${name}="([^"]*)"`))?.[1];

describe('dist/embed.html and dist/embed.json, the snippet partners paste', () => {
  it('pin the built file with its SHA-384 hash', () => {
    assert.equal(json.script.integrity, integrity);
    assert.equal(attribute('integrity'), integrity);
  });

  it('load it from a versioned URL, with the version from package.json', () => {
    const url = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/${builtId}/joint-statement.js`;
    assert.equal(index.package, name);
    assert.equal(index.version, version);
    // `hydrate`: the hydrating bundle of pre-rendered snippets (test/node/prerendered.test.mjs).
    const { hydrate, ...plain } = json;
    assert.deepEqual(plain, {
      id: builtId,
      titles: Object.fromEntries(translations.map(({ lang, title }) => [lang, title])),
      languages: translations.map(({ lang }) => lang),
      languageNames: Object.fromEntries(translations.map(({ lang, name }) => [lang, name])),
      original,
      canonicalUrl,
      signatoryCount: signatories.length,
      snippet: `${builtId}/embed.html`,
      prerendered: `${builtId}/embed-prerendered.html`,
      script: { url, integrity },
    });
    assert.deepEqual(Object.keys(hydrate), ['url', 'integrity', 'styleHash']);
    assert.equal(attribute('src'), url);
  });

  it('ask for the script without credentials, as SRI on another origin needs', () => {
    assert.equal(attribute('crossorigin'), 'anonymous');
  });

  it('hold one empty script element and, inside the element, the full text in the original language', () => {
    assert.equal(html.match(/<script\b/g).length, 1);
    assert.match(html, /<script [^>]*><\/script>/);
    const fullText = readFileSync(join(builtDir, `full-text/${original}.html`), 'utf8').trim();
    assert.ok(html.includes(`<hr hidden><joint-statement statement="${builtId}">\n${fullText}\n<hr hidden></joint-statement>`));
    assert.match(fullText, new RegExp(`^<article lang="${original}"`));
  });

  it('hold nothing a sanitizer turns into visible text: no comment, no <style>', () => {
    assert.doesNotMatch(html, /<!--|<style/);
  });
});
