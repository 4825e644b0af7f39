import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { parseFragment } from 'parse5';
import { DEFAULT_THEME, HEADING_LEVELS, PREVIEW_COUNT, THEMES } from '../../src/attribute-values.js';
import { root } from './content-helpers.mjs';
import { find } from '../../scripts/lib/local-browsers.mjs';
import { headingRenames, signatoriesLevel, withHeadingLevel } from '../../src/heading-levels.js';
import { matchLanguage } from '../../lib/pick-language.js';
import { elementsOf, inWordPress, scriptsWithSrc, wordpressMissing } from './wordpress/in-wordpress.mjs';
import { pluginWithSecondStatement, SECOND } from './wordpress/second-statement.mjs';

// What a site owner uploads under Plugins › Add New › Upload.
const zip = unzipSync(readFileSync(join(root, 'dist/wordpress/joint-statement.zip')));
const file = (path) => zip[`joint-statement/${path}`];
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const index = JSON.parse(readFileSync(join(root, 'dist/embed.json'), 'utf8'));
const data = JSON.parse(strFromU8(file('data/statements.json')));
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

// From Debian's php-cli, which npm test's first step installs (scripts/lib/local-browsers.mjs).
const phpCommand = find('php');

describe('dist/wordpress/joint-statement.zip, the WordPress plugin', () => {
  it('unpacks into one joint-statement/ folder with the plugin file at its top', () => {
    assert.ok(Object.keys(zip).every((path) => path.startsWith('joint-statement/')));
    assert.match(strFromU8(file('joint-statement.php')), /^<\?php\n\/\*\*\n \* Plugin Name: +Joint Statement$/m);
    assert.match(strFromU8(file('joint-statement.php')), new RegExp(`^ \\* Version: +${version.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('carries every statement of the build, each pinned to its own release: URL, integrity and bundled bytes', () => {
    assert.deepEqual(
      data.statements.map(({ id }) => id),
      index.statements.map(({ id }) => id),
    );
    for (const { id } of index.statements) {
      const bundle = readFileSync(join(root, `dist/${id}/joint-statement.js`));
      const { script } = data.statements.find((statement) => statement.id === id);
      assert.deepEqual(script, { url: `https://cdn.jsdelivr.net/npm/joint-statement@${version}/dist/${id}/joint-statement.js`, integrity: sha384(bundle) });
      assert.deepEqual(file(`assets/${id}/joint-statement.js`), new Uint8Array(bundle), id);
    }
  });

  it('offers each statement’s titles, languages and signatory count, and carries each language’s full text', () => {
    for (const entry of index.statements) {
      const statement = data.statements.find(({ id }) => id === entry.id);
      assert.equal(statement.original, entry.original);
      assert.deepEqual(statement.titles, entry.titles);
      assert.deepEqual(
        statement.languages,
        entry.languages.map((lang) => ({ lang, name: entry.languageNames[lang] })),
      );
      assert.equal(statement.signatories, entry.signatoryCount);
      for (const lang of entry.languages) {
        assert.equal(strFromU8(file(`data/${entry.id}/full-text/${lang}.html`)), readFileSync(join(root, `dist/${entry.id}/full-text/${lang}.html`), 'utf8'));
      }
    }
  });

  it('offers the attribute values and defaults the element accepts (src/attribute-values.js, their one home)', () => {
    assert.deepEqual(data.attributes, {
      headingLevel: { ...HEADING_LEVELS },
      previewCount: { ...PREVIEW_COUNT },
      theme: { values: [...THEMES], default: DEFAULT_THEME },
    });
  });

  it('renames the full text’s headings by the element’s rule: its tables are generated from src/heading-levels.js', () => {
    const levels = Object.keys(data.headingRenames).map(Number);
    assert.deepEqual(levels, [2, 3, 4, 5, 6]);
    for (const level of levels) assert.deepEqual(data.headingRenames[level], headingRenames(level), `level ${level}`);
  });

  it('matches a lang to the statement’s languages as the element does (PHP against src/pick-language.ts)', () => {
    const available = ['en', 'es', 'pt', 'ar'];
    const requested = ['es', 'es-VE', 'ES_ve', ' pt-BR ', 'PT', 'ar-EG', 'en-US', 'zh-Hant-TW', 'xx', '', '-es', 'es--', 'e', 'english'];
    const render = join(root, 'dist/wordpress/joint-statement/includes/render.php');
    const code = `define('ABSPATH', '/'); require '${render}'; $c = json_decode($argv[1], true); echo json_encode(array_map(fn ($r) => joint_statement_match_language($r, $c['available']), $c['requested']));`;
    const fromPhp = JSON.parse(execFileSync(phpCommand, ['-r', code, JSON.stringify({ available, requested })], { encoding: 'utf8' }));
    assert.deepEqual(
      fromPhp,
      requested.map((lang) => matchLanguage(lang, available) ?? null),
    );
  });

  it('guards every PHP file against being requested directly', () => {
    const php = Object.keys(zip).filter((path) => path.endsWith('.php') && !path.endsWith('.asset.php'));
    assert.ok(php.length >= 5);
    for (const path of php) assert.match(strFromU8(zip[path]), /if \( ! defined\( 'ABSPATH' \) \) \{\n\texit;\n\}/, path);
  });

  it('has no PHP syntax errors (php -l)', () => {
    const dir = join(root, 'dist/wordpress/joint-statement');
    const phpFiles = (folder) =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? phpFiles(join(folder, entry.name)) : entry.name.endsWith('.php') ? [join(folder, entry.name)] : [],
      );
    for (const path of phpFiles(dir)) {
      assert.match(execFileSync(phpCommand, ['-l', path], { encoding: 'utf8' }), /No syntax errors detected/);
    }
  });
});

/** The <joint-statement> elements of some HTML as a browser parses it. */
const elementsIn = (html) => [...elementsOf(parseFragment(html))].filter((node) => node.tagName === 'joint-statement');
const attributeOf = (element, name) => element.attrs.find((attr) => attr.name === name)?.value;
const textOf = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(textOf).join(''));
/** The fallback's title and language, as readers without JavaScript get them. */
const fallbackOf = (element) => {
  const nodes = [...elementsOf(element)];
  return {
    title: textOf(nodes.find((node) => /^h[2-6]$/.test(node.tagName))),
    lang: attributeOf(
      nodes.find((node) => node.tagName === 'article'),
      'lang',
    ),
  };
};

describe('the plugin inside WordPress (its own WP_Scripts, shortcodes and kses)', { skip: wordpressMissing }, () => {
  const plugin = join(root, 'dist/wordpress/joint-statement');
  const [statement] = data.statements;
  const only = `[joint-statement id="${statement.id}"]`;

  it('prints the script pinned (integrity, crossorigin, defer) on classic and block themes, from the CDN and from the site', () => {
    // Block themes declare html5 script support: WordPress then prints <script src=…> with no type.
    for (const html5 of [false, true]) {
      for (const [source, url] of [
        ['cdn', statement.script.url],
        ['bundled', `https://partner.example/wp-content/plugins/joint-statement/assets/${statement.id}/joint-statement.js?ver=${version}`],
      ]) {
        const { footer } = inWordPress(plugin, { html5, options: { joint_statement_script_source: source }, content: [{ shortcode: only }] });
        const scripts = scriptsWithSrc(footer);
        const where = `${source}, ${html5 ? 'block' : 'classic'} theme: ${footer}`;
        assert.equal(scripts.length, 1, where);
        assert.equal(scripts[0].src, url, where);
        assert.equal(scripts[0].integrity, statement.script.integrity, where);
        assert.equal(scripts[0].crossorigin, 'anonymous', where);
        assert.ok('defer' in scripts[0], where);
      }
    }
  });

  it('keeps the statement’s bracketed words as words: another plugin’s [Venezuela] shortcode never runs inside it', () => {
    const bracketed = statement.languages.flatMap(({ lang }) => {
      const words = readFileSync(join(root, `dist/${statement.id}/full-text/${lang}.html`), 'utf8').match(/\[[A-Za-z-]+\]/g) ?? [];
      return words.map((word) => ({ lang, word, tag: word.slice(1, -1) }));
    });
    assert.ok(bracketed.length > 0, 'the statement quotes a word in brackets');
    for (const { lang, word, tag } of bracketed) {
      const shortcodes = { [tag]: 'ANOTHER PLUGIN’S OUTPUT' };
      // The block is rendered before WordPress runs the shortcodes over the post (the_content).
      for (const content of [[{ block: { statement: statement.id, lang } }], [{ shortcode: `[joint-statement id="${statement.id}" lang="${lang}"]` }]]) {
        const html = inWordPress(plugin, { shortcodes, content }).content[0];
        const [element] = elementsIn(html);
        assert.doesNotMatch(html, /ANOTHER PLUGIN/, `${lang}, ${Object.keys(content[0])[0]}`);
        assert.ok(textOf(element).includes(word), `${lang}: “${word}” is read as written`);
      }
    }
  });

  it('bounds preview-count by the statement’s signatories, so no huge number reaches the page', () => {
    const tooMany = [
      ...['9223372036854775807', '99999999999999999999', String(statement.signatories + 1)].map((count) => [
        { shortcode: `[joint-statement id="${statement.id}" preview-count="${count}"]` },
      ]),
      // The block's attributes are JSON numbers: whole ones up to 2^53.
      ...[Number.MAX_SAFE_INTEGER, statement.signatories + 1].map((previewCount) => [{ block: { statement: statement.id, previewCount } }]),
    ];
    for (const content of tooMany) {
      const [element] = elementsIn(inWordPress(plugin, { content }).content[0]);
      assert.equal(
        attributeOf(element, 'preview-count'),
        String(statement.signatories),
        `${JSON.stringify(content)}: every signatory shown, none promised beyond them`,
      );
    }
    // Within the list, the number is kept as given.
    const [element] = elementsIn(inWordPress(plugin, { content: [{ shortcode: `[joint-statement id="${statement.id}" preview-count="2"]` }] }).content[0]);
    assert.equal(attributeOf(element, 'preview-count'), '2');
  });

  it('writes the fallback’s headings at the level asked, as the build and the element do: the title at it, “Signed by” one below', () => {
    const { lang } = statement.languages[0];
    const fullText = readFileSync(join(root, `dist/${statement.id}/full-text/${lang}.html`), 'utf8');
    const headings = (html) => [...elementsOf(parseFragment(html))].filter((node) => /^h[1-6]$/.test(node.tagName)).map((node) => node.tagName);
    for (const level of [2, 3, 4, 5, 6]) {
      const content = [{ shortcode: `[joint-statement id="${statement.id}" lang="${lang}" heading-level="${level}"]` }];
      const fromPhp = headings(inWordPress(plugin, { content }).content[0]);
      assert.deepEqual(fromPhp, headings(withHeadingLevel(fullText, level)), `level ${level}`);
      assert.deepEqual(fromPhp, [`h${level}`, `h${signatoriesLevel(level)}`], `level ${level}`);
    }
  });

  it('with one statement, needs no id: the shortcode and the block show it', () => {
    if (data.statements.length > 1) return;
    const { content, footer } = inWordPress(plugin, { content: [{ shortcode: '[joint-statement]' }, { block: {} }] });
    for (const html of content) assert.equal(attributeOf(elementsIn(html)[0], 'statement'), statement.id);
    assert.equal(scriptsWithSrc(footer).length, 1);
  });

  describe('with several statements', () => {
    const several = pluginWithSecondStatement(plugin);
    const titleOf = (entry) => entry.titles[entry.original];

    it('shows each statement the shortcode or block names, two in one post each with its own words and pinned script', () => {
      const content = [
        { shortcode: `[joint-statement id="${several.first.id}"]` },
        { block: { statement: SECOND } },
        { shortcode: `[joint-statement id="${SECOND}" lang="${several.first.original}"]` },
        { block: { statement: several.first.id } },
      ];
      const page = inWordPress(several.plugin, { html5: true, content });
      const shown = page.content.map((html) => {
        const [element, ...more] = elementsIn(html);
        assert.equal(more.length, 0);
        return { statement: attributeOf(element, 'statement'), title: fallbackOf(element).title };
      });
      assert.deepEqual(shown, [
        { statement: several.first.id, title: titleOf(several.first) },
        { statement: SECOND, title: titleOf(several.second) },
        { statement: SECOND, title: titleOf(several.second) },
        { statement: several.first.id, title: titleOf(several.first) },
      ]);
      // One script per statement, however often it appears, each with its own integrity.
      assert.deepEqual(
        scriptsWithSrc(page.footer)
          .map(({ src, integrity }) => ({ src, integrity }))
          .sort((a, b) => a.src.localeCompare(b.src)),
        [several.first, several.second].map(({ script }) => ({ src: script.url, integrity: script.integrity })).sort((a, b) => a.src.localeCompare(b.src)),
      );
    });

    it('never guesses: with no id or an unknown one, editors see why and which ids there are, readers see nothing', () => {
      for (const item of [
        { shortcode: '[joint-statement]' },
        { shortcode: '[joint-statement id="no-such-statement"]' },
        { block: {} },
        { block: { statement: 'no-such-statement' } },
      ]) {
        const reader = inWordPress(several.plugin, { content: [item] });
        assert.equal(reader.content[0], '', `${JSON.stringify(item)}: nothing for readers`);
        assert.equal(scriptsWithSrc(reader.footer).length, 0, 'no script either');

        const editor = inWordPress(several.plugin, { canEdit: true, content: [item] });
        const [html] = editor.content;
        assert.equal(elementsIn(html).length, 0, 'no statement shown in place of another');
        const text = textOf(parseFragment(html)).replace(/\s+/g, ' ');
        const named = item.shortcode ? item.shortcode.includes(' id=') : Boolean(item.block.statement);
        assert.match(text, named ? /no statement "no-such-statement"/ : /several statements: say which one/);
        for (const entry of [several.first, several.second])
          assert.ok(text.includes(`[joint-statement id="${entry.id}"] ${titleOf(entry)}`), `${entry.id} offered: ${text}`);
        assert.match(text, /readers see nothing here/);
      }
    });

    it('writes each statement’s fallback in the page’s language when the statement has it, else in its original', () => {
      const other = several.first.languages.find(({ lang }) => lang !== several.first.original)?.lang;
      if (!other) return;
      const page = inWordPress(several.plugin, {
        locale: `${other}_XX`,
        content: [{ shortcode: `[joint-statement id="${several.first.id}"]` }, { shortcode: `[joint-statement id="${SECOND}"]` }],
      });
      const [first, second] = page.content.map((html) => fallbackOf(elementsIn(html)[0]));
      assert.deepEqual(first, { title: several.first.titles[other], lang: other });
      assert.deepEqual(second, { title: titleOf(several.second), lang: several.second.original });
    });

    it('follows the page’s <html lang>, as the element does, where a multilingual plugin sets it apart from the site’s language', () => {
      const other = several.first.languages.find(({ lang }) => lang !== several.first.original)?.lang;
      if (!other) return;
      const shortcode = `[joint-statement id="${several.first.id}"]`;
      const page = inWordPress(several.plugin, { locale: 'en_US', pageLang: `${other.toUpperCase()}-XX`, content: [{ shortcode }] });
      assert.deepEqual(fallbackOf(elementsIn(page.content[0])[0]), { title: several.first.titles[other], lang: other });
      // Its own lang first, as the element reads it.
      const own = inWordPress(several.plugin, {
        pageLang: other,
        content: [{ shortcode: `[joint-statement id="${several.first.id}" lang="${several.first.original}"]` }],
      });
      assert.equal(fallbackOf(elementsIn(own.content[0])[0]).lang, several.first.original);
    });
  });
});
