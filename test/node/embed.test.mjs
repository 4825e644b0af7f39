import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileContent } from '../../scripts/content/compile.mjs';
import { embedSnippet } from '../../scripts/write-embed.mjs';
import { contentDir, root } from './content-helpers.mjs';

const bundle = readFileSync(join(root, 'dist/joint-statement.js'));
const html = readFileSync(join(root, 'dist/embed.html'), 'utf8');
const json = JSON.parse(readFileSync(join(root, 'dist/embed.json'), 'utf8'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { canonicalUrl, original, translations } = compileContent(contentDir);

// Recomputed here, independently of scripts/write-embed.mjs.
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
const attribute = (name) => html.match(new RegExp(`<script[^>]* ${name}="([^"]*)"`))?.[1];

describe('dist/embed.html and dist/embed.json, the snippet partners paste', () => {
  it('pin the built file with its SHA-384 hash', () => {
    assert.equal(json.integrity, integrity);
    assert.equal(attribute('integrity'), integrity);
  });

  it('load it from a versioned URL, with the version from package.json', () => {
    const url = `https://cdn.jsdelivr.net/npm/joint-statement@${version}/dist/joint-statement.js`;
    const languages = translations.map(({ lang, name, title }) => ({ lang, name, title }));
    assert.deepEqual(json, { version, url, integrity, canonicalUrl, original, languages });
    assert.equal(attribute('src'), url);
  });

  it('ask for the script without credentials, as SRI on another origin needs', () => {
    assert.equal(attribute('crossorigin'), 'anonymous');
  });

  it('hold one empty script element and the no-script link to the canonical URL', () => {
    assert.equal(html.match(/<script\b/g).length, 1);
    assert.match(html, /<script [^>]*><\/script>/);
    assert.match(html, new RegExp(`<joint-statement>\\s*<a href="${canonicalUrl.replace(/[.?]/g, '\\$&')}">[^<]+</a>\\s*</joint-statement>`));
  });

  it('escape whatever the content holds, so a hostile URL or title cannot break out of the markup', () => {
    const snippet = embedSnippet({
      version: '1.0.0',
      url: 'https://cdn.jsdelivr.net/npm/joint-statement@1.0.0/dist/joint-statement.js',
      integrity: 'sha384-x',
      canonicalUrl: 'https://example.org/"><script>alert(1)</script>',
      linkText: 'Tom & Jerry <img src=x onerror=alert(1)>',
    });
    assert.equal(snippet.match(/<script\b/g).length, 1);
    assert.doesNotMatch(snippet, /<img/);
    assert.match(snippet, /href="https:\/\/example\.org\/&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    assert.match(snippet, />Tom &amp; Jerry &lt;img src=x onerror=alert\(1\)&gt;<\/a>/);
  });
});
