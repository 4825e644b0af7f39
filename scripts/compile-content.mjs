#!/usr/bin/env node
// Validates the statement in CONTENT_DIR (default content/) and writes the one compiled
// artifact, src/generated/statement.json: the element imports it (typed by src/statement.ts),
// and the bundle's embed plugin and the bench read it. Also dist/full-text/<lang>.html, the
// statement as plain HTML for the full-text snippet. Nothing is written unless the whole
// content is valid.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileContent } from './content/compile.mjs';
import { renderFullText } from './content/full-text.mjs';
import { ContentError } from './content/problems.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = resolve(process.env.CONTENT_DIR ?? resolve(root, 'content'));
const outFile = resolve(root, 'src/generated/statement.json');
const fullTextDir = resolve(root, 'dist/full-text');

try {
  const statement = compileContent(contentDir);
  // The folder holds this step's output only: a checkout built before the artifact was JSON
  // still has a statement.ts there, which the type check would read.
  rmSync(dirname(outFile), { recursive: true, force: true });
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(statement, null, 1)}\n`);
  mkdirSync(fullTextDir, { recursive: true });
  for (const { lang } of statement.translations) {
    writeFileSync(resolve(fullTextDir, `${lang}.html`), renderFullText(statement, lang));
  }
  console.log(
    `content: ${statement.translations.length} languages, ${statement.translations[0].paragraphs.length} paragraphs, ` +
      `${statement.signatories.length} signatories -> ${outFile.slice(root.length + 1)}`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
