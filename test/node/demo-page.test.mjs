import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fillDemoPage } from '../../scripts/lib/demo-page.mjs';
import { escapeHtml } from '../../src/snippets/escape-html.js';
import { builtDir, root } from './content-helpers.mjs';

// What `npm start` serves as the demo page: the snippets of this build, not copies.
const dist = join(root, 'dist');
const page = fillDemoPage(readFileSync(join(root, 'demo/index.html'), 'utf8'), dist);
const embedHtml = readFileSync(join(builtDir, 'embed.html'), 'utf8').trim();
const { statements } = JSON.parse(readFileSync(join(dist, 'embed.json'), 'utf8'));

describe('the demo page', () => {
  it('shows dist/<id>/embed.html, this build’s snippet with its integrity, as the code to copy', () => {
    assert.ok(page.includes(`<code>${escapeHtml(embedHtml)}</code>`));
  });

  it('shows every statement as its default snippet puts it on a page, full text inside, with its script', () => {
    for (const { id, snippet } of statements) {
      const code = readFileSync(join(dist, snippet), 'utf8').trim();
      assert.ok(page.includes(code.slice(code.indexOf('\n') + 1)), `${id}: the default snippet’s markup, after its script line`);
      assert.ok(page.includes(`<script src="/dist/${id}/joint-statement.js" defer></script>`), `${id}: its script`);
    }
  });

  it('shows the first statement again in another language at heading level 3, as the generator writes it', () => {
    const { id, original, languages } = statements[0];
    const lang = languages.find((code) => code !== original);
    assert.ok(page.includes(`<joint-statement statement="${id}" lang="${lang}" heading-level="3">`));
    assert.match(page, new RegExp(`<article lang="${lang}"[^>]*>\\s*<h3>`));
  });

  it('has no marker left', () => {
    assert.doesNotMatch(page, /<!-- build:/);
  });
});
