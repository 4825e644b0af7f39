#!/usr/bin/env node
// `npm run bundle`: every statement's bundles, renders and snippets under dist/<id>/, each
// statement built by Rollup in a process of its own (rollup.config.mjs, --configStatement), so
// the server render of one never meets another's element; then dist/embed.json, which lists
// them all, and the generator folder (dist/generator/) that offers them. Runs the content step
// first if it has not run.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGenerator } from '../lib/build-generator.mjs';
import { readCompiledStatements } from '../lib/compiled-statement.mjs';
import { writeEmbedIndex } from '../lib/embed-entry.mjs';
import { runStepsBefore } from '../lib/steps-before.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rollup = join(root, 'node_modules/rollup/dist/bin/rollup');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

runStepsBefore(root, ['content']);
const statements = readCompiledStatements(root);
for (const { id } of statements) {
  execFileSync(process.execPath, [rollup, '-c', 'rollup.config.mjs', '--configStatement', id], { cwd: root, stdio: 'inherit' });
}
const embed = writeEmbedIndex(statements, { packageName: name, version, distDir: join(root, 'dist') });
console.log(`dist/embed.json: ${embed.statements.map(({ id }) => id).join(', ')} (version ${version})`);
await buildGenerator(root, join(root, 'dist'));
console.log(`dist/generator/: the snippet generator, for ${embed.statements.length} statement(s)`);
