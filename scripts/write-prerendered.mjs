import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCompiledStatement } from './lib/compiled-statement.mjs';
import { escapeHtml } from './lib/escape-html.mjs';
import { releaseUrl } from './lib/snippets.mjs';
import { prerenderLanguages, styleHashOf } from './prerender.mjs';
import { sriHash } from './write-embed.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The pre-rendered snippet: the hydrating bundle, pinned, and the rendered element. */
export function prerenderedSnippet({ url, integrity, element }) {
  return `<script src="${escapeHtml(url)}" integrity="${escapeHtml(integrity)}" crossorigin="anonymous" defer></script>\n${element}\n`;
}

/**
 * Rollup plugin for the hydrating bundle: after it is written, renders the widget per
 * language (scripts/prerender.mjs) and writes beside it
 * - prerendered/<lang>.html: the element with its declarative shadow root and full text;
 * - embed-prerendered.html: the snippet in the original language;
 * - embed-prerendered.json: { version, url, integrity, styleHash, languages }, where
 *   styleHash is the CSP source a page with a strict `style-src` adds for the inline style.
 */
export function writePrerendered() {
  return {
    name: 'write-prerendered',
    async writeBundle(options) {
      const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      const statement = readCompiledStatement();
      const rendered = await prerenderLanguages(root, statement);
      const dir = dirname(options.file);
      mkdirSync(join(dir, 'prerendered'), { recursive: true });
      for (const [lang, element] of rendered) writeFileSync(join(dir, 'prerendered', `${lang}.html`), `${element}\n`);
      const styleHashes = new Set([...rendered.values()].map(styleHashOf));
      if (styleHashes.size !== 1) throw new Error('prerender: the languages differ in their inline style');
      const [styleHash] = styleHashes;
      const embed = {
        version,
        url: releaseUrl(version, basename(options.file)),
        integrity: sriHash(readFileSync(options.file)),
        styleHash,
        languages: [...rendered.keys()],
      };
      writeFileSync(join(dir, 'embed-prerendered.html'), prerenderedSnippet({ ...embed, element: rendered.get(statement.original) }));
      writeFileSync(join(dir, 'embed-prerendered.json'), `${JSON.stringify(embed, null, 2)}\n`);
      console.log(`${join(dir, 'embed-prerendered.html')}: ${embed.url}; a strict style-src needs ${styleHash}`);
    },
  };
}
