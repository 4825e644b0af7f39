import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCompiledStatement } from './lib/compiled-statement.mjs';
import { partFiles, partsFrom, releaseUrl, snippetFor } from './lib/snippets.mjs';
import { prerenderLanguages, styleHashOf } from './prerender.mjs';
import { sriHash } from './write-embed.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Rollup plugin for the hydrating bundle: after it is written, renders the widget per
 * language and heading level (scripts/prerender.mjs) and writes beside it
 * - prerendered/<lang>.html (and <lang>-h3.html … -h6.html): the element with its declarative
 *   shadow root and full text, what the pre-rendered snippets carry;
 * - `hydrate` in embed.json (written by the plain bundle's build just before):
 *   { url, integrity, styleHash }, where styleHash is the CSP source a page with a strict
 *   `style-src` adds for the render's inline style;
 * - embed-prerendered.html: the pre-rendered snippet with the default options, written like
 *   every snippet by scripts/lib/snippets.mjs.
 */
export function writePrerendered() {
  return {
    name: 'write-prerendered',
    async writeBundle(options) {
      const dir = dirname(options.file);
      const embedFile = join(dir, 'embed.json');
      const embed = JSON.parse(readFileSync(embedFile, 'utf8'));
      const statement = readCompiledStatement();
      const rendered = await prerenderLanguages(root, statement);
      mkdirSync(join(dir, 'prerendered'), { recursive: true });
      for (const [file, element] of rendered) writeFileSync(join(dir, file), `${element}\n`);
      const styleHashes = new Set([...rendered.values()].map(styleHashOf));
      if (styleHashes.size !== 1) throw new Error('prerender: the languages or heading levels differ in their inline style');
      const [styleHash] = styleHashes;
      embed.hydrate = { url: releaseUrl(embed.package, embed.version, basename(options.file)), integrity: sriHash(readFileSync(options.file)), styleHash };
      writeFileSync(embedFile, `${JSON.stringify(embed, null, 2)}\n`);
      const files = { [partFiles(statement.original).fullText]: readFileSync(join(dir, partFiles(statement.original).fullText), 'utf8'), ...Object.fromEntries(rendered) };
      const snippet = snippetFor(embed, { kind: 'prerendered' }, partsFrom(files, statement.original));
      writeFileSync(join(dir, 'embed-prerendered.html'), `${snippet.code}\n`);
      console.log(`${join(dir, 'embed-prerendered.html')}: ${embed.hydrate.url}; a strict style-src needs ${styleHash}`);
    },
  };
}
