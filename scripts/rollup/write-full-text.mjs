import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderFullText } from './server-render.mjs';

/**
 * Rollup plugin for a statement's plain bundle: after it is written, writes beside it
 * full-text/<lang>.html, the statement as plain HTML in each language (src/full-text.ts,
 * rendered by scripts/rollup/server-render.mjs): the fallback the full-text snippets carry, and
 * what the WordPress plugin, the generator and the release copy.
 */
export function writeFullText(statement) {
  return {
    name: 'write-full-text',
    async writeBundle(options) {
      const dir = join(dirname(options.file), 'full-text');
      mkdirSync(dir, { recursive: true });
      for (const { lang } of statement.translations) writeFileSync(join(dir, `${lang}.html`), await renderFullText(statement, lang));
    },
  };
}
