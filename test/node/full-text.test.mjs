import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileContent } from '../../scripts/content/compile.mjs';
import { renderFullText } from '../../scripts/rollup/server-render.mjs';
import { contentWith, builtDir } from './content-helpers.mjs';

describe('the full-text HTML written by the build', () => {
  it('is written for every language, with its lang, title and every signatory', () => {
    for (const lang of ['en', 'es', 'pt']) {
      const html = readFileSync(join(builtDir, 'full-text', `${lang}.html`), 'utf8');
      assert.match(html, new RegExp(`^<article lang="${lang}" dir="ltr">`));
      assert.equal(html.match(/<li>/g).length, 7);
    }
    assert.match(readFileSync(join(builtDir, 'full-text/en.html'), 'utf8'), /<h2>Human Rights Organizations Urge Lima Group/);
  });

  it("carries none of the renderer's hydration markers, and no blank line that would end a Markdown HTML block", () => {
    for (const lang of ['en', 'es', 'pt']) {
      const html = readFileSync(join(builtDir, 'full-text', `${lang}.html`), 'utf8');
      assert.doesNotMatch(html, /<!--|<\?|lit-/, lang);
      assert.doesNotMatch(html, /\n\s*\n/, lang);
      assert.doesNotMatch(html, / >/, `${lang}: no space left where an attribute was left out`);
    }
  });

  it('escapes markup-looking text instead of passing it on as HTML', async () => {
    const statement = compileContent(
      contentWith({
        'signatories.yaml': (text) => `${text}- name: "<script>alert(1)</script> & <img src=x onerror=alert(2)>"\n  country: VE\n`,
        'en.md': (text) => text.replace('we applaud', 'we \\<b>applaud\\</b>'),
      }),
    );
    const html = await renderFullText(statement, 'en');
    assert.ok(html.includes('<li>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;, Venezuela</li>'));
    assert.ok(html.includes('we &lt;b&gt;applaud&lt;/b&gt;'));
    assert.doesNotMatch(html, /<script|<img|<b>/);
  });

  it('marks each signatory name with its own language, on the link when the name is linked', async () => {
    const html = readFileSync(join(builtDir, 'full-text/es.html'), 'utf8');
    assert.ok(html.includes('<li><span lang="en">Washington Office on Latin America (WOLA)</span>, Estados Unidos</li>'));
    assert.ok(html.includes('<li><span lang="pt">Conectas Direitos Humanos</span>, Brasil</li>'));
    const linked = compileContent(contentWith({ 'signatories.yaml': (text) => text.replace('  lang: pt', '  lang: pt\n  url: https://www.conectas.org/') }));
    assert.ok((await renderFullText(linked, 'en')).includes('<li><a href="https://www.conectas.org/" lang="pt">Conectas Direitos Humanos</a>, Brazil</li>'));
  });

  it('says how current the signatory list is when the statement has an updated date', async () => {
    const statement = compileContent(contentWith({ 'statement.yaml': (text) => `${text}updated: 2019-07-01\n` }));
    assert.match(
      await renderFullText(statement, 'en'),
      /<h3>Signed by<\/h3>\n {2}<p>Signatories as of <time datetime="2019-07-01">July 1, 2019<\/time><\/p>\n {2}<ul>/,
    );
    assert.match(await renderFullText(statement, 'es'), /<p>Firmantes al <time datetime="2019-07-01">1 de julio de 2019<\/time><\/p>/);
    assert.doesNotMatch(readFileSync(join(builtDir, 'full-text/en.html'), 'utf8'), /as of/, 'no date given in content/, none shown');
  });

  it('shows a date when the statement has one', async () => {
    const statement = compileContent(contentWith({ 'statement.yaml': (text) => `${text}date: 2019-05-30\n` }));
    assert.match(await renderFullText(statement, 'es'), /<time datetime="2019-05-30">30 de mayo de 2019<\/time>/);
    assert.match(await renderFullText(statement, 'en'), /<time datetime="2019-05-30">May 30, 2019<\/time>/);
  });

  it('says a translation of ours is unofficial and links the original; an official one links its source', async () => {
    const canonical = compileContent(contentWith({})).canonicalUrl;
    const ours = readFileSync(join(builtDir, 'full-text/pt.html'), 'utf8');
    assert.ok(ours.includes(`<p><small>Tradução não oficial — <a href="${canonical}">original em inglês</a></small></p>`));
    assert.doesNotMatch(readFileSync(join(builtDir, 'full-text/en.html'), 'utf8'), /<small>/);
    const official = compileContent(
      contentWith({ 'es.md': (text) => text.replace('official: false', 'official: true\nsource: https://example.org/es?a=1&b=2') }),
    );
    assert.ok(
      (await renderFullText(official, 'es')).includes(
        '<p><small>Traducción oficial — <a href="https://example.org/es?a=1&amp;b=2">publicada por las organizaciones firmantes</a></small></p>',
      ),
    );
  });
});
