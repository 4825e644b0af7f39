import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileContent } from '../../scripts/content/compile.mjs';
import { builtDir, builtId, contentDir, root } from './content-helpers.mjs';

const dist = (file) => readFileSync(join(builtDir, file), 'utf8');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const statement = compileContent(contentDir);
const { hydrate: embed } = JSON.parse(readFileSync(join(root, 'dist/embed.json'), 'utf8')).statements.find(({ id }) => id === builtId);
const LEVELS = ['2', '3', '4', '5', '6'];

describe('the pre-rendered snippet the build writes', () => {
  for (const { lang } of statement.translations) {
    describe(`dist/prerendered/${lang}.html`, () => {
      const element = dist(`prerendered/${lang}.html`).trim();

      it('is the element with its language and a declarative shadow root holding the rendered statement', () => {
        assert.match(element, new RegExp(`^<joint-statement statement="${builtId}" lang="${lang}"><template shadowrootmode="open"><style>`));
        assert.match(element, new RegExp(`<!--lit-part [^>]+--><!--lit-node 0--><article lang="${lang}"`));
        assert.match(element, /<\/template>/);
        assert.match(element, /<\/joint-statement>$/);
      });

      it('carries the full text in light DOM after the root, for crawlers and CMSes that strip <template>', () => {
        const lightDom = element.slice(element.indexOf('</template>'));
        assert.match(lightDom, new RegExp(`<article lang="${lang}" dir="ltr">`));
        for (const { name } of statement.signatories) assert.ok(lightDom.includes(name.replace(/&/g, '&amp;')), name);
      });

      it('holds no script', () => {
        assert.doesNotMatch(element, /<script/i);
      });

      it('has the inline style whose hash embed.json gives for a strict style-src', () => {
        const css = /<style>([\s\S]*?)<\/style>/.exec(element)[1];
        assert.equal(embed.styleHash, `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
      });

      it('has a render for each other heading level, with that level and the same inline style', () => {
        for (const level of LEVELS.slice(1)) {
          const other = dist(`prerendered/${lang}-h${level}.html`).trim();
          assert.match(
            other,
            new RegExp(`^<joint-statement statement="${builtId}" lang="${lang}" heading-level="${level}"><template shadowrootmode="open"><style>`),
            level,
          );
          assert.match(other, new RegExp(`<h${level} id="title"[^]*</template>[^]*<h${level}>`), `${level}: the widget's title and the full text's`);
          assert.equal(/<style>([\s\S]*?)<\/style>/.exec(other)[1], /<style>([\s\S]*?)<\/style>/.exec(element)[1], level);
        }
      });
    });
  }

  it('dist/embed.json pins the hydrating bundle at its versioned URL', () => {
    const bundle = readFileSync(join(builtDir, 'joint-statement-hydrate.js'));
    assert.equal(embed.url, `https://cdn.jsdelivr.net/npm/joint-statement@${version}/dist/${builtId}/joint-statement-hydrate.js`);
    assert.equal(embed.integrity, `sha384-${createHash('sha384').update(bundle).digest('base64')}`);
  });

  it('dist/embed-prerendered.html names the hydrating bundle, never the plain one, and the original language', () => {
    const snippet = dist('embed-prerendered.html');
    assert.equal(snippet.match(/<script\b/g).length, 1);
    assert.ok(snippet.includes(`<script src="${embed.url}" integrity="${embed.integrity}" crossorigin="anonymous" defer></script>`));
    // The same render; the snippet puts its <style> on a line of its own.
    const root = (html) => /<template[^>]*>[^]*<\/template>/.exec(html)[0].replace(/>\s+</g, '><').replace(/\s+/g, ' ');
    assert.equal(root(snippet), root(dist(`prerendered/${statement.original}.html`)));
  });
});
