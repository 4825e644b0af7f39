import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileContent } from './content/compile.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The `integrity` value for these bytes: the browser runs the script only if they match. */
export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Where partners load a release from: a versioned URL, so the file behind it never changes. */
export function releaseUrl(version) {
  return `https://cdn.jsdelivr.net/npm/joint-statement@${version}/dist/joint-statement.js`;
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The snippet partners paste: the pinned script, and the link readers without scripts get. */
export function embedSnippet({ version, url, integrity, canonicalUrl, linkText }) {
  return `<!-- <joint-statement> ${escapeHtml(version)}: paste this where the statement should appear.
     The integrity hash pins the exact signed text: the browser refuses the script if one byte
     differs. The link inside is what readers without JavaScript get. -->
<script src="${escapeHtml(url)}" integrity="${escapeHtml(integrity)}" crossorigin="anonymous" defer></script>
<joint-statement>
  <a href="${escapeHtml(canonicalUrl)}">${escapeHtml(linkText)}</a>
</joint-statement>
`;
}

/**
 * Rollup plugin: after the bundle is written, writes `embed.html` (the snippet to paste) and
 * `embed.json` ({ version, url, integrity, canonicalUrl, original, languages }, for other
 * tools such as demo/generator.html) beside it, the
 * hash computed from the file as written.
 */
export function writeEmbed({ contentDir = process.env.CONTENT_DIR ?? join(root, 'content') } = {}) {
  return {
    name: 'write-embed',
    writeBundle(options) {
      const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      const statement = compileContent(resolve(contentDir));
      const original = statement.translations.find((translation) => translation.lang === statement.original);
      const embed = {
        version,
        url: releaseUrl(version),
        integrity: sriHash(readFileSync(options.file)),
        canonicalUrl: statement.canonicalUrl,
        // For the embed generator: which languages there are, named in themselves, with titles.
        original: statement.original,
        languages: statement.translations.map(({ lang, name, title }) => ({ lang, name, title })),
      };
      const dir = dirname(options.file);
      writeFileSync(join(dir, 'embed.html'), embedSnippet({ ...embed, linkText: original.title }));
      writeFileSync(join(dir, 'embed.json'), `${JSON.stringify(embed, null, 2)}\n`);
      console.log(`${join(dir, 'embed.html')}: ${embed.url} ${embed.integrity}`);
    },
  };
}
