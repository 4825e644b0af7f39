import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fillDemoPage } from '../../scripts/lib/demo-page.mjs';
import { escapeHtml } from '../../scripts/lib/escape-html.mjs';
import { root } from './content-helpers.mjs';

// What `npm start` serves as the demo page: the snippets of this build, not copies.
const dist = join(root, 'dist');
const page = fillDemoPage(readFileSync(join(root, 'demo/index.html'), 'utf8'), dist);
const embedHtml = readFileSync(join(dist, 'embed.html'), 'utf8').trim();

describe('the demo page', () => {
  it('shows dist/embed.html, this build’s snippet with its integrity, as the code to copy', () => {
    assert.ok(page.includes(`<code>${escapeHtml(embedHtml)}</code>`));
  });

  it('shows the statement as the default snippet puts it on a page, full text inside', () => {
    const element = embedHtml.slice(embedHtml.indexOf('\n') + 1);
    assert.ok(page.includes(element), 'the default snippet’s markup, after its script line');
  });

  it('shows a Spanish instance at heading level 3, as the generator writes it', () => {
    assert.match(page, /<joint-statement lang="es" heading-level="3">/);
    assert.match(page, /<article lang="es"[^>]*>\s*<h3>/);
  });

  it('has no marker left', () => {
    assert.doesNotMatch(page, /<!-- build:/);
  });
});
