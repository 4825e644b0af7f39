// Builds the bundle for a given content folder without touching the working tree: the
// project's sources, scripts and configs are copied into a temporary folder (node_modules
// linked), and the ordinary pipeline runs there, `CONTENT_DIR=… scripts/compile-content.mjs`
// then `rollup -c rollup.config.mjs`. src/generated/ and dist/ of the checkout stay as they were.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCompiledStatement } from './compiled-statement.mjs';

const copied = ['src', 'scripts', 'rollup.config.mjs', 'tsconfig.json', 'package.json'];

function run(command, args, options) {
  return new Promise((resolvePromise, reject) => {
    execFile(command, args, { ...options, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`${[command, ...args].join(' ')} failed in ${options.cwd}:\n${stdout}${stderr}`));
      } else {
        resolvePromise(`${stdout}${stderr}`);
      }
    });
  });
}

/**
 * @param {string} root the project checkout
 * @param {string} workDir an empty temporary folder to build in
 * @param {string} contentDir the content folder to compile
 * @param {{ timeoutMs?: number, specialise?: boolean }} [options] specialise: false builds the
 *   bundles with all their code, whatever the statement (to show what specialisation removes)
 * @returns {Promise<{ bundle: Buffer, hydrating: Buffer, prerendered: string, fullText: string, statement: object, log: string }>}
 */
export async function buildBundle(root, workDir, contentDir, { timeoutMs = 120000, specialise = true } = {}) {
  mkdirSync(workDir, { recursive: true });
  for (const entry of copied) {
    cpSync(join(root, entry), join(workDir, entry), {
      recursive: true,
      // The checkout's generated module is never used: the pipeline writes its own.
      filter: (source) => !source.startsWith(join(root, 'src', 'generated')),
    });
  }
  symlinkSync(join(root, 'node_modules'), join(workDir, 'node_modules'), 'dir');
  const env = { ...process.env, CONTENT_DIR: resolve(contentDir), ...(specialise ? {} : { JOINT_STATEMENT_SPECIALISE: '0' }) };
  const options = { cwd: workDir, timeout: timeoutMs, env };
  let log = await run(process.execPath, ['scripts/compile-content.mjs'], options);
  log += await run(process.execPath, [join(workDir, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.config.mjs'], options);
  const statement = readCompiledStatement(workDir);
  return {
    bundle: readFileSync(join(workDir, 'dist/joint-statement.js')),
    hydrating: readFileSync(join(workDir, 'dist/joint-statement-hydrate.js')),
    // The pre-rendered element and the full text in the original language, for snippets.
    prerendered: readFileSync(join(workDir, `dist/prerendered/${statement.original}.html`), 'utf8').trim(),
    fullText: readFileSync(join(workDir, `dist/full-text/${statement.original}.html`), 'utf8').trim(),
    statement,
    log,
  };
}
