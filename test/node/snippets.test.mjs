import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFragment } from 'parse5';
import { declarativeRootOf, DESTINATIONS, everyPartFile, everySnippet, followRange, isSelfHostedUrl, partsFrom, snippetFor } from '../../src/snippets/index.js';
import { builtDir, builtId, root } from './content-helpers.mjs';

const index = JSON.parse(readFileSync(join(root, 'dist/embed.json'), 'utf8'));
const embed = { package: index.package, version: index.version, ...index.statements.find(({ id }) => id === builtId) };
const files = Object.fromEntries(everyPartFile(embed).map((file) => [file, readFileSync(join(builtDir, file), 'utf8')]));
const snippets = everySnippet(embed, files);
// What partners paste as HTML (the Hugo and Jekyll rows put the same HTML in a file).
const htmlSnippets = snippets.filter(({ code }) => code.includes('<joint-statement'));
const prerenderedSnippets = htmlSnippets.filter(({ choices }) => choices.kind === 'prerendered');
const snippet = (choices) => snippetFor(embed, choices, partsFrom(files, choices.lang || embed.original, choices.headingLevel));
const scriptOf = (code) => code.match(/<script [^>]*><\/script>/)[0];

describe('the snippets the generator offers', () => {
  it('cover every destination and every way of loading the script', () => {
    const names = snippets.map(({ choices }) => `${choices.destination}/${choices.delivery}`);
    for (const expected of ['wordpress-admin/pinned', 'wordpress-admin/follow', 'wordpress-admin/self', 'wordpress-author/pinned', 'cms/self', 'html/follow']) {
      assert.ok(names.includes(expected), expected);
    }
  });

  it('hold no blank line, which ends a Markdown HTML block and starts an auto-paragraph', () => {
    for (const { name, code, file } of snippets) {
      assert.doesNotMatch(code, /\n\s*\n/, name);
      if (file) assert.doesNotMatch(file.text, /\n\s*\n/, `${name}: ${file.path}`);
    }
  });

  it('of the full-text kind hold nothing a sanitizer turns into junk: no comment or <style>', () => {
    for (const { name, code, choices } of snippets.filter(({ choices }) => choices.kind === 'full-text')) {
      assert.doesNotMatch(code, /<!--|<style/i, `${name} (${choices.kind})`);
    }
  });

  it('carry one script and the element with the full text inside, its first and last lines opened by a hidden <hr>', () => {
    for (const { name, code, choices } of htmlSnippets) {
      assert.equal(code.match(/<script\b/g).length, 1, name);
      const lang = choices.lang || embed.original;
      // Pre-rendered: the root on three lines, its <style> on a line of its own, inside the
      // stretch auto-paragraphing leaves alone.
      const [guard, root] =
        choices.kind === 'prerendered'
          ? [
              '<pre-wpautop-guard hidden></pre-wpautop-guard>',
              '<template shadowrootmode="open">\\n<style>[^\\n]*</style>\\n[^\\n]*</template><pre hidden></pre>\\n',
            ]
          : ['', ''];
      assert.match(
        code,
        new RegExp(
          `^<hr hidden>${guard}<joint-statement[^>]*>\\n${root}<article lang="${lang}" dir="ltr">\\n[^]*\\n</article>\\n<hr hidden></joint-statement>$`,
          'm',
        ),
        name,
      );
      assert.doesNotMatch(code, /shadowroot=|<area|<\/area>/, name);
    }
  });

  it('of the pre-rendered kind name the hydrating file and carry the render made with their language and heading level', () => {
    assert.ok(prerenderedSnippets.length >= 12);
    for (const { name, code, choices } of prerenderedSnippets) {
      assert.match(code, /^<script src="[^"]*joint-statement-hydrate[^"]*"/, name);
      const lang = choices.lang || embed.original;
      const rendered = files[`prerendered/${lang}${choices.headingLevel && choices.headingLevel !== '2' ? `-h${choices.headingLevel}` : ''}.html`];
      // The render as built, its whitespace between tags folded to one space (the snippet's own).
      const inner = (root) =>
        root
          .replace(/^<template[^>]*>\s*/, '')
          .replace(/<\/template>$/, '')
          .replace(/<\/style>\s*/, '</style>')
          .replace(/\s*\n\s*/g, ' ');
      assert.equal(inner(declarativeRootOf(code)), inner(declarativeRootOf(rendered)), name);
      assert.match(declarativeRootOf(code), new RegExp(`^[^]*?<article lang="${lang}" [^]*<h${choices.headingLevel ?? 2} id="title"`), name);
      assert.doesNotMatch(code, /preview-count=/, `${name}: the render shows the default count`);
    }
    assert.equal(
      snippet({ kind: 'prerendered', previewCount: '5' }).code,
      snippet({ kind: 'prerendered' }).code,
      'a count other than the default is not offered',
    );
    assert.equal(
      snippet({ kind: 'prerendered', destination: 'wordpress-author', lang: 'es' }).code,
      `[joint-statement id="${builtId}" lang="es"]`,
      'the plugin decides what a shortcode renders',
    );
  });

  it('write only the attributes that differ from the defaults, and the headings at the chosen level', () => {
    assert.match(snippet({}).code, new RegExp(`<hr hidden><joint-statement statement="${builtId}">\n<article lang="en"[^>]*>\n {2}<h2>`));
    const changed = snippet({ lang: 'es', previewCount: '5', headingLevel: '4', theme: 'dark' }).code;
    assert.match(changed, /<joint-statement statement="[a-z0-9-]+" lang="es" preview-count="5" heading-level="4" theme="dark">\n<article lang="es"/);
    assert.match(changed, /<h4>Organizaciones de derechos humanos/);
    assert.match(changed, /<h5>Firmado por<\/h5>/);
    assert.doesNotMatch(changed, /<h[23]>/);
    assert.match(snippet({ headingLevel: '6' }).code, /<h6>Signed by<\/h6>/);
  });

  it("pin the exact signed file by default, follow a version range on request, or point at the partner's own copy", () => {
    assert.equal(scriptOf(snippet({}).code), `<script src="${embed.script.url}" integrity="${embed.script.integrity}" crossorigin="anonymous" defer></script>`);
    const range = followRange(embed.version);
    assert.equal(
      scriptOf(snippet({ delivery: 'follow' }).code),
      `<script src="https://cdn.jsdelivr.net/npm/joint-statement@${range}/dist/${builtId}/joint-statement.js" defer></script>`,
    );
    assert.equal(
      scriptOf(snippet({ delivery: 'self' }).code),
      `<script src="/joint-statement-${builtId}-${embed.version}.js" integrity="${embed.script.integrity}" crossorigin="anonymous" defer></script>`,
    );
    assert.match(snippet({ delivery: 'self', selfHostedUrl: '/js/statement.js' }).code, /<script src="\/js\/statement\.js" integrity="sha384-/);
  });

  it('follow the releases semver allows for the same statement', () => {
    assert.equal(followRange('0.1.0'), '0.1');
    assert.equal(followRange('0.3.7'), '0.3');
    assert.equal(followRange('2.4.1'), '2');
  });

  it("give WordPress authors the plugin's shortcode with the same attributes", () => {
    const { code, css, paste } = snippet({ destination: 'wordpress-author', lang: 'es', previewCount: '5', accent: '#8A1C1C' });
    assert.equal(code, `[joint-statement id="${builtId}" lang="es" preview-count="5"]`, 'the statement named: the plugin may carry several');
    assert.equal(css, `joint-statement[statement="${builtId}"] { --joint-statement-accent: #8a1c1c; }`);
    assert.match(paste, /plugin/);
    assert.equal(snippet({ destination: 'wordpress-author', previewCount: '5"] [evil' }).code, `[joint-statement id="${builtId}" preview-count="5 [evil"]`);
  });

  it('give the accent colour as a rule apart, and say where it goes', () => {
    assert.equal(snippet({}).css, '');
    const { code, css, cssWhere } = snippet({ destination: 'wordpress-admin', accent: '#ffd166' });
    assert.equal(css, `joint-statement[statement="${builtId}"] { --joint-statement-accent: #ffd166; }`);
    assert.doesNotMatch(code, /accent/);
    assert.match(cssWhere, /Additional CSS/);
  });

  it('take the accent colour only as a hex colour, and say so otherwise', () => {
    for (const accent of ['#abc', '#abcd', '#A1B2C3', '#a1b2c3d4'])
      assert.equal(snippet({ accent }).css, `joint-statement[statement="${builtId}"] { --joint-statement-accent: ${accent.toLowerCase()}; }`);
    for (const accent of ['red; } body { display: none', '#ffd166; background: url(https://tracker.example/)', 'rgb(1, 2, 3)', '#ffd16', '', 'ffd166']) {
      assert.throws(() => snippet({ accent }), /is not a hex colour such as #0a58a8/, accent);
    }
  });

  it('escape what a partner typed, so it cannot break out of the markup', () => {
    const { code } = snippet({ previewCount: '3"><script>alert(1)</script>', delivery: 'self', selfHostedUrl: '/x.js"><script>alert(2)</script>' });
    assert.equal(code.match(/<script\b/g).length, 1);
    assert.match(code, /preview-count="3&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    assert.match(code, /src="\/x\.js&quot;&gt;&lt;script&gt;alert\(2\)&lt;\/script&gt;"/);
  });

  it('say where each destination goes in the same words as the partner docs (docs/partners.md)', () => {
    const docs = readFileSync(join(root, 'docs/partners.md'), 'utf8');
    for (const { label, paste } of Object.values(DESTINATIONS)) {
      assert.ok(docs.includes(`| ${label} |`), `${label}: a row in the table`);
      assert.ok(docs.includes(paste), `${label}: its paste line`);
    }
  });

  it("accept a path on the partner's site or an https URL for their own copy, and nothing else", () => {
    for (const url of ['/js/joint-statement.js', 'js/joint-statement.js', './joint-statement.js', 'https://static.example.org/joint-statement.js']) {
      assert.ok(isSelfHostedUrl(url), url);
    }
    for (const url of [
      'javascript:alert(1)',
      'data:text/javascript,alert(1)',
      'http://example.org/x.js',
      '/x.js"',
      '/my file.js',
      '',
      // Another site, written as a path: protocol-relative, or with the backslashes URL parsers read as slashes.
      '//other.example/x.js',
      '\\\\other.example/x.js',
      '/\\other.example/x.js',
      // Control characters, which the URL parser strips at the start or drops inside.
      '\u0001javascript:alert(1)',
      '\u0000/x.js',
      '/\t/other.example/x.js',
      '/x.js\u007f',
    ]) {
      assert.ok(!isSelfHostedUrl(url), url);
    }
  });
});

// WordPress runs `wpautop` on Classic-editor posts; before the fix it closed a <p> before the
// fallback <article> and left the statement twice on the page. This runs WordPress's own
// function (Debian's `wordpress` package, installed by `npm run e2e:wordpress`) and parses the
// result as a browser does (parse5 follows the HTML standard's tree construction).
const formatting = '/usr/share/wordpress/wp-includes/formatting.php';
const php = ['/usr/bin/php', '/usr/local/bin/php'].find(existsSync);
const wpautop = (html) =>
  execFileSync(php, ['-r', `function apply_filters($tag, $value) { return $value; } require '${formatting}'; echo wpautop(stream_get_contents(STDIN));`], {
    input: html,
    encoding: 'utf8',
  });

/** Every element in document order, inside templates too unless `templates` is false. */
function* elements(node, { templates = true } = {}) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    if (child.tagName !== 'template' || templates) yield* elements(child.content ?? child, { templates });
  }
}

/**
 * A template's content as hydration meets it: elements with their attributes, comments (Lit's
 * markers) and text, one entry per node in document order; whitespace-only text is left out
 * (hydration never reads it, and the page shows it as the same single space).
 */
function* nodesOfTemplate(node) {
  for (const child of node.childNodes ?? []) {
    if (child.nodeName === '#text') {
      if (child.value.trim()) yield `text ${child.value}`;
    } else if (child.nodeName === '#comment') yield `comment ${child.data}`;
    else {
      yield `<${child.tagName}${child.attrs.map(({ name, value }) => ` ${name}="${value}"`).join('')}>`;
      yield* nodesOfTemplate(child.content ?? child);
      yield `</${child.tagName}>`;
    }
  }
}
const textOf = (node) => textOutside(node, null);
/** The text of a tree, leaving out one element's subtree. */
const textOutside = (node, left) =>
  node === left ? '' : node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map((child) => textOutside(child, left)).join('');

describe(
  "the snippets after WordPress's auto-paragraphs (wpautop)",
  { skip: !(php && existsSync(formatting)) && 'WordPress and PHP are not installed here (npm run e2e:wordpress installs them)' },
  () => {
    it("keep the whole fallback inside the element, once, and the partner's page outside it", () => {
      for (const { name, code } of htmlSnippets) {
        // As in a Classic-editor post: the partner's own paragraphs before and after the snippet.
        const page = parseFragment(wpautop(`<p>Before the statement.</p>\n\n${code}\n\n<p>After the statement.</p>`));
        const [element, ...others] = [...elements(page)].filter((node) => node.tagName === 'joint-statement');
        assert.equal(others.length, 0, name);
        // The full text (the pre-rendered widget's own <article> is in its template).
        const articles = [...elements(page, { templates: false })].filter((node) => node.tagName === 'article');
        assert.equal(articles.length, 1, name);
        assert.ok([...elements(element)].includes(articles[0]), `${name}: the article stays inside <joint-statement>`);
        assert.match(
          textOutside(page, element).replace(/\s+/g, ' ').trim(),
          /^Before the statement\. After the statement\.$/,
          `${name}: nothing else outside, and the page after it is not swallowed`,
        );
        assert.doesNotMatch(textOf(element), /Before|After/, name);
      }
    });

    it('leave the pre-rendered widget as it was rendered, so it hydrates instead of being drawn again', () => {
      for (const { name, code } of prerenderedSnippets) {
        const templateIn = (html) => {
          const templates = [...elements(parseFragment(html))].filter((node) => node.tagName === 'template');
          assert.equal(templates.length, 1, `${name}: one declarative root`);
          assert.ok(
            templates[0].attrs.some((attr) => attr.name === 'shadowrootmode' && attr.value === 'open'),
            name,
          );
          return [...nodesOfTemplate(templates[0].content)];
        };
        const pasted = templateIn(code);
        const shown = templateIn(wpautop(`<p>Before the statement.</p>\n\n${code}\n\n<p>After the statement.</p>`));
        assert.ok(
          pasted.some((node) => node.startsWith('comment lit-part')),
          name,
        );
        assert.deepEqual(shown, pasted, name);
      }
    });
  },
);
