import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileContent } from '../../scripts/content/compile.mjs';
import { contentDir, root } from './content-helpers.mjs';

const dist = (file) => readFileSync(join(root, 'dist', file), 'utf8');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const statement = compileContent(contentDir);
const embed = JSON.parse(dist('embed-prerendered.json'));

describe('the pre-rendered snippet the build writes', () => {
  for (const { lang } of statement.translations) {
    describe(`dist/prerendered/${lang}.html`, () => {
      const element = dist(`prerendered/${lang}.html`).trim();

      it('is the element with its language and a declarative shadow root holding the rendered statement', () => {
        assert.match(element, new RegExp(`^<joint-statement lang="${lang}"><template shadowroot="open" shadowrootmode="open"><style>`));
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

      it('has the inline style whose hash embed-prerendered.json gives for a strict style-src', () => {
        const css = /<style>([\s\S]*?)<\/style>/.exec(element)[1];
        assert.equal(embed.styleHash, `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
      });
    });
  }

  it('dist/embed-prerendered.json pins the hydrating bundle at its versioned URL', () => {
    const bundle = readFileSync(join(root, 'dist/joint-statement-hydrate.js'));
    assert.equal(embed.url, `https://cdn.jsdelivr.net/npm/joint-statement@${version}/dist/joint-statement-hydrate.js`);
    assert.equal(embed.integrity, `sha384-${createHash('sha384').update(bundle).digest('base64')}`);
    assert.deepEqual(embed.languages, statement.translations.map(({ lang }) => lang));
  });

  it('dist/embed-prerendered.html names the hydrating bundle, never the plain one, and the original language', () => {
    const snippet = dist('embed-prerendered.html');
    assert.equal(snippet.match(/<script\b/g).length, 1);
    assert.ok(snippet.includes(`<script src="${embed.url}" integrity="${embed.integrity}" crossorigin="anonymous" defer></script>`));
    assert.ok(snippet.includes(dist(`prerendered/${statement.original}.html`).trim()));
  });
});
