import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { compileContent } from '../../scripts/content/compile.mjs';
import { builtDir, builtId, contentDir, root } from './content-helpers.mjs';
import { elementsOf, inWordPress, scriptsWithSrc, wordpressMissing } from './wordpress/in-wordpress.mjs';
import { parseFragment } from 'parse5';

// What a site owner uploads under Plugins › Add New › Upload.
const zip = unzipSync(readFileSync(join(root, 'dist/wordpress/joint-statement.zip')));
const file = (path) => zip[`joint-statement/${path}`];
const bundle = readFileSync(join(builtDir, 'joint-statement.js'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const { original, translations, signatories } = compileContent(contentDir);
const data = JSON.parse(strFromU8(file('data/statement.json')));

const hasPhp = (() => {
  try {
    execFileSync('php', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('dist/wordpress/joint-statement.zip, the WordPress plugin', () => {
  it('unpacks into one joint-statement/ folder with the plugin file at its top', () => {
    assert.ok(Object.keys(zip).every((path) => path.startsWith('joint-statement/')));
    assert.match(strFromU8(file('joint-statement.php')), /^<\?php\n\/\*\*\n \* Plugin Name: +Joint Statement$/m);
    assert.match(strFromU8(file('joint-statement.php')), new RegExp(`^ \\* Version: +${version.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('pins the release it was built with: the same URL, integrity and bundled bytes', () => {
    const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
    assert.deepEqual(data.script, { url: `https://cdn.jsdelivr.net/npm/joint-statement@${version}/dist/${builtId}/joint-statement.js`, integrity });
    assert.deepEqual(file('assets/joint-statement.js'), new Uint8Array(bundle));
  });

  it('offers the statement’s languages and carries each one’s full text', () => {
    assert.equal(data.original, original);
    assert.deepEqual(data.languages, translations.map(({ lang, name }) => ({ lang, name })));
    for (const { lang } of translations) {
      assert.equal(strFromU8(file(`data/full-text/${lang}.html`)), readFileSync(join(builtDir, `full-text/${lang}.html`), 'utf8'));
    }
  });

  it('offers the attribute values the element accepts', () => {
    assert.deepEqual(data.attributes, {
      headingLevel: { min: 2, max: 6, default: 2 },
      previewCount: { min: 0, default: 3 },
      theme: { values: ['auto', 'light', 'dark'], default: 'auto' },
    });
  });

  it('guards every PHP file against being requested directly', () => {
    const php = Object.keys(zip).filter((path) => path.endsWith('.php') && !path.endsWith('.asset.php'));
    assert.ok(php.length >= 5);
    for (const path of php) assert.match(strFromU8(zip[path]), /if \( ! defined\( 'ABSPATH' \) \) \{\n\texit;\n\}/, path);
  });

  it('has no PHP syntax errors (php -l)', { skip: !hasPhp && 'php is not installed (npm run e2e:wordpress installs it)' }, () => {
    const dir = join(root, 'dist/wordpress/joint-statement');
    const phpFiles = (folder) =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? phpFiles(join(folder, entry.name)) : entry.name.endsWith('.php') ? [join(folder, entry.name)] : [],
      );
    for (const path of phpFiles(dir)) {
      assert.match(execFileSync('php', ['-l', path], { encoding: 'utf8' }), /No syntax errors detected/);
    }
  });
});

describe('the plugin inside WordPress (its own WP_Scripts, shortcodes and kses)', { skip: wordpressMissing }, () => {
  const plugin = join(root, 'dist/wordpress/joint-statement');

  it('prints the script pinned (integrity, crossorigin, defer) on classic and block themes, from the CDN and from the site', () => {
    // Block themes declare html5 script support: WordPress then prints <script src=…> with no type.
    for (const html5 of [false, true]) {
      for (const [source, url] of [
        ['cdn', data.script.url],
        ['bundled', `https://partner.example/wp-content/plugins/joint-statement/assets/joint-statement.js?ver=${version}`],
      ]) {
        const { footer } = inWordPress(plugin, { html5, options: { joint_statement_script_source: source }, content: [{ shortcode: '[joint-statement]' }] });
        const scripts = scriptsWithSrc(footer);
        const where = `${source}, ${html5 ? 'block' : 'classic'} theme: ${footer}`;
        assert.equal(scripts.length, 1, where);
        assert.equal(scripts[0].src, url, where);
        assert.equal(scripts[0].integrity, data.script.integrity, where);
        assert.equal(scripts[0].crossorigin, 'anonymous', where);
        assert.ok('defer' in scripts[0], where);
      }
    }
  });

  /** The <joint-statement> elements of some HTML as a browser parses it. */
  const elementsIn = (html) => [...elementsOf(parseFragment(html))].filter((node) => node.tagName === 'joint-statement');
  const textOf = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(textOf).join(''));

  it('keeps the statement’s bracketed words as words: another plugin’s [Venezuela] shortcode never runs inside it', () => {
    const bracketed = translations.flatMap(({ lang }) => {
      const words = readFileSync(join(builtDir, `full-text/${lang}.html`), 'utf8').match(/\[[A-Za-z-]+\]/g) ?? [];
      return words.map((word) => ({ lang, word, tag: word.slice(1, -1) }));
    });
    assert.ok(bracketed.length > 0, 'the statement quotes a word in brackets');
    for (const { lang, word, tag } of bracketed) {
      const shortcodes = { [tag]: 'ANOTHER PLUGIN’S OUTPUT' };
      // The block is rendered before WordPress runs the shortcodes over the post (the_content).
      for (const content of [[{ block: { lang } }], [{ shortcode: `[joint-statement lang="${lang}"]` }]]) {
        const html = inWordPress(plugin, { shortcodes, content }).content[0];
        const [element] = elementsIn(html);
        assert.doesNotMatch(html, /ANOTHER PLUGIN/, `${lang}, ${Object.keys(content[0])[0]}`);
        assert.ok(textOf(element).includes(word), `${lang}: “${word}” is read as written`);
      }
    }
  });

  it('bounds preview-count by the statement’s signatories, so no huge number reaches the page', () => {
    const tooMany = [
      ...['9223372036854775807', '99999999999999999999', String(signatories.length + 1)].map((count) => [{ shortcode: `[joint-statement preview-count="${count}"]` }]),
      // The block's attributes are JSON numbers: whole ones up to 2^53.
      ...[Number.MAX_SAFE_INTEGER, signatories.length + 1].map((previewCount) => [{ block: { previewCount } }]),
    ];
    for (const content of tooMany) {
      const [element] = elementsIn(inWordPress(plugin, { content }).content[0]);
      const attribute = element.attrs.find((attr) => attr.name === 'preview-count');
      assert.equal(attribute?.value, String(signatories.length), `${JSON.stringify(content)}: every signatory shown, none promised beyond them`);
    }
    // Within the list, the number is kept as given.
    const [element] = elementsIn(inWordPress(plugin, { content: [{ shortcode: '[joint-statement preview-count="5"]' }] }).content[0]);
    assert.equal(element.attrs.find((attr) => attr.name === 'preview-count')?.value, '5');
  });
});

