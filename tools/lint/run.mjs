#!/usr/bin/env node
// Runs one of the lint tools (eslint, prettier, knip) from the project's root with the given
// arguments: `node tools/lint/run.mjs eslint .`. The tools have their own package.json and lock
// file here (see eslint.config.mjs for why); they are installed on first use, and again
// whenever the lock file changes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const BINARIES = { eslint: 'eslint/bin/eslint.js', prettier: 'prettier/bin/prettier.cjs', knip: 'knip/bin/knip.js' };

/** Versions of the required packages by path, from a lock file; equal for the installed tree and the lock when in step. */
function versions(lockFile) {
  if (!existsSync(lockFile)) return undefined;
  const { packages } = JSON.parse(readFileSync(lockFile, 'utf8'));
  return JSON.stringify(
    Object.entries(packages)
      // Optional packages are left out: a lock file lists every platform's, an install has only this one's.
      .filter(([path, { optional }]) => path && !optional)
      .map(([path, { version }]) => [path, version])
      .sort(),
  );
}

function ensureInstalled() {
  if (versions(join(here, 'node_modules/.package-lock.json')) === versions(join(here, 'package-lock.json'))) return;
  console.error('Installing the lint tools (tools/lint)…');
  execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: here, stdio: 'inherit' });
}

const [tool, ...args] = process.argv.slice(2);
if (!BINARIES[tool]) {
  console.error(`usage: node tools/lint/run.mjs <${Object.keys(BINARIES).join('|')}> [arguments]`);
  process.exit(2);
}
ensureInstalled();
const { status } = spawnSync(process.execPath, [join(here, 'node_modules', BINARIES[tool]), ...args], { cwd: root, stdio: 'inherit' });
process.exit(status ?? 1);
