#!/usr/bin/env node
// Validates every statement of the build (each folder of content/, or of STATEMENTS_DIR) and
// writes the one compiled artifact, src/generated/statements.json, every statement in id
// order: the package entry registers them (src/statements.ts), and each statement's bundle
// build, the embed step and the bench read it. Nothing is written unless every statement is
// valid.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
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
