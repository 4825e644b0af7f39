#!/usr/bin/env node
// Validates every statement of the build (each folder of content/, or of STATEMENTS_DIR) and
// writes the one compiled artifact, src/generated/statements.json, every statement in id
// order: the package entry registers them (src/statements.ts), and each statement's bundle
// build, the embed step and the bench read it. Also dist/<id>/full-text/<lang>.html, each
// statement as plain HTML for the full-text snippet. Nothing is written unless every statement
// is valid.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderFullText } from '../content/full-text.mjs';
import { ContentError } from '../content/problems.mjs';
import { compileStatements, statementRoots } from '../content/statement-folders.mjs';
import { compiledStatementsPath } from '../lib/compiled-statement.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outFile = compiledStatementsPath(root);

try {
  const statements = compileStatements(statementRoots(root));
  // The folder holds this step's output only: any other file there (another build's) would
  // reach the type check.
  rmSync(dirname(outFile), { recursive: true, force: true });
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(statements, null, 1)}\n`);
  for (const statement of statements) {
    const fullTextDir = resolve(root, 'dist', statement.id, 'full-text');
    mkdirSync(fullTextDir, { recursive: true });
    for (const { lang } of statement.translations) {
      writeFileSync(resolve(fullTextDir, `${lang}.html`), renderFullText(statement, lang));
    }
    console.log(
      `content ${statement.id}: ${statement.translations.length} languages, ${statement.translations[0].paragraphs.length} paragraphs, ` +
        `${statement.signatories.length} signatories`,
    );
  }
  console.log(`-> ${outFile.slice(root.length + 1)}`);
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
