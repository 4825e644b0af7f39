import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCompiledStatement } from './lib/compiled-statement.mjs';
import { releaseUrl, snippetFor } from './lib/snippets.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The `integrity` value for these bytes: the browser runs the script only if they match. */
export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * Rollup plugin: after the bundle is written, writes `embed.html` (the default snippet to
 * paste: pinned script, full text in the original language inside) and `embed.json`
 * ({ package, version, url, integrity, canonicalUrl, original, languages }, for other tools such as
 * demo/generator.html) beside it, the hash computed from the file as written. The full text is
 * the one the content step wrote to dist/full-text/.
 */
export function writeEmbed() {
  return {
    name: 'write-embed',
    writeBundle(options) {
      const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      const statement = readCompiledStatement();
      const embed = {
        package: name,
        version,
        url: releaseUrl(name, version),
        integrity: sriHash(readFileSync(options.file)),
        canonicalUrl: statement.canonicalUrl,
        // For the embed generator: which languages there are, named in themselves, with titles.
        original: statement.original,
        languages: statement.translations.map(({ lang, name, title }) => ({ lang, name, title })),
      };
      const dir = dirname(options.file);
      const fullText = readFileSync(join(dir, 'full-text', `${statement.original}.html`), 'utf8');
      writeFileSync(join(dir, 'embed.html'), `${snippetFor(embed, {}, { fullText }).code}\n`);
      writeFileSync(join(dir, 'embed.json'), `${JSON.stringify(embed, null, 2)}\n`);
      console.log(`${join(dir, 'embed.html')}: ${embed.url} ${embed.integrity}`);
    },
  };
}
