import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedEntry, styleHashOf } from '../lib/embed-entry.mjs';
import { partFiles, partsFrom, snippetFor } from '../../src/snippets/index.js';
import { prerenderLanguages } from './prerender.mjs';
import { renderFullText } from './server-render.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Rollup plugin for a statement's hydrating bundle: after it is written, renders the widget
 * per language and heading level (scripts/rollup/prerender.mjs) and writes beside it
 * - prerendered/<lang>.html (and <lang>-h3.html … -h6.html): the element with its declarative
 *   shadow root and full text, what the pre-rendered snippets carry;
 * - embed-prerendered.html: the pre-rendered snippet with the default options, written like
 *   every snippet by src/snippets/.
 * Its entry in dist/embed.json gets `hydrate`: { url, integrity, styleHash }, where styleHash
 * is the CSP source a page with a strict `style-src` adds for the render's inline style.
 */
export function writePrerendered(statement) {
  return {
    name: 'write-prerendered',
    async writeBundle(options) {
      const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      const dir = dirname(options.file);
      const rendered = await prerenderLanguages(root, statement);
      mkdirSync(join(dir, 'prerendered'), { recursive: true });
      for (const [file, element] of rendered) writeFileSync(join(dir, file), `${element}\n`);
      if (new Set([...rendered.values()].map(styleHashOf)).size !== 1)
        throw new Error('prerender: the languages or heading levels differ in their inline style');
      const entry = embedEntry(statement, { packageName: name, version, distDir: dirname(dir) });
      const { fullText } = partFiles(statement.original);
      const files = { [fullText]: await renderFullText(statement, statement.original, root), ...Object.fromEntries(rendered) };
      const snippet = snippetFor({ package: name, version, ...entry }, { kind: 'prerendered' }, partsFrom(files, statement.original));
      writeFileSync(join(dir, 'embed-prerendered.html'), `${snippet.code}\n`);
      console.log(`${join(dir, 'embed-prerendered.html')}: ${entry.hydrate.url}; a strict style-src needs ${entry.hydrate.styleHash}`);
    },
  };
}
