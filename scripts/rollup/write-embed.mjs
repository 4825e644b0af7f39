import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { embedEntry } from '../lib/embed-entry.mjs';
import { renderFullText } from './server-render.mjs';
import { snippetFor } from '../../src/snippets/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Rollup plugin: after a statement's bundle is written, writes dist/<id>/embed.html beside it:
 * the default snippet to paste (pinned script, full text in the original language inside),
 * the hash computed from the file as written. The full text is rendered as for
 * dist/<id>/full-text/ (write-full-text.mjs). dist/embed.json is written once every statement
 * is built (scripts/cli/build-bundles.mjs).
 */
export function writeEmbed(statement) {
  return {
    name: 'write-embed',
    async writeBundle(options) {
      const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      const dir = dirname(options.file);
      const entry = embedEntry(statement, { packageName: name, version, distDir: dirname(dir) });
      const fullText = await renderFullText(statement, statement.original);
      writeFileSync(join(dir, 'embed.html'), `${snippetFor({ package: name, version, ...entry }, {}, { fullText }).code}\n`);
      console.log(`${join(dir, 'embed.html')}: ${entry.script.url} ${entry.script.integrity}`);
    },
  };
}
