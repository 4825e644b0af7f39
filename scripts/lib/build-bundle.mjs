// Builds the bundles for a given statement folder without touching the working tree: the
// project's sources, scripts and configs are copied into a temporary folder (node_modules
// linked), and the ordinary pipeline runs there, `STATEMENTS_DIR=… scripts/cli/compile-content.mjs`
// then `scripts/cli/build-bundles.mjs`. src/generated/ and dist/ of the checkout stay as they were.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readCompiledStatement } from './compiled-statement.mjs';

const copied = ['src', 'scripts', 'demo', 'rollup.config.mjs', 'tsconfig.json', 'package.json'];

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
 * @param {string} contentDir the statement folder to compile (content/<id>/ or one like it)
 * @param {{ timeoutMs?: number, specialise?: boolean }} [options] specialise: false builds the
 *   bundles with all their code, whatever the statement (to show what specialisation removes)
 * @returns {Promise<BuiltStatement & { log: string }>}
 */
export async function buildBundle(root, workDir, contentDir, options = {}) {
  const { statements, log } = await buildStatements(root, workDir, [contentDir], options);
  return { ...statements[0], log };
}

/**
 * @typedef {{ bundle: Buffer, hydrating: Buffer, prerendered: string, fullText: string, statement: object }} BuiltStatement
 *   `prerendered` and `fullText`: the pre-rendered element and the full text in the original language
 */

/**
 * Several statement folders built together, as one release carries them: one build, every
 * statement's files under dist/<id>/ and dist/embed.json listing them all.
 * @param {string} root
 * @param {string} workDir
 * @param {string[]} contentDirs each a statement folder; its id is its `id:` line, else the folder's name
 * @param {{ timeoutMs?: number, specialise?: boolean }} [options] as buildBundle's
 * @returns {Promise<{ statements: BuiltStatement[], embed: object, log: string }>} statements in
 *   the order of `contentDirs`; `embed` is the build's dist/embed.json
 */
export async function buildStatements(root, workDir, contentDirs, { timeoutMs = 600000, specialise = true } = {}) {
  mkdirSync(workDir, { recursive: true });
  for (const entry of copied) {
    cpSync(join(root, entry), join(workDir, entry), {
      recursive: true,
      // The checkout's generated module is never used: the pipeline writes its own.
      filter: (source) => !source.startsWith(join(root, 'src', 'generated')),
    });
  }
  symlinkSync(join(root, 'node_modules'), join(workDir, 'node_modules'), 'dir');
  const statementsDir = join(workDir, 'statements');
  const ids = contentDirs.map((contentDir) => {
    const yaml = join(contentDir, 'statement.yaml');
    const named = existsSync(yaml) && /^id:\s*([a-z0-9-]+)\s*$/m.exec(readFileSync(yaml, 'utf8'))?.[1];
    const id = named || (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(basename(contentDir)) ? basename(contentDir) : 'statement');
    cpSync(resolve(contentDir), join(statementsDir, id), { recursive: true });
    return id;
  });
  const env = { ...process.env, STATEMENTS_DIR: statementsDir, ...(specialise ? {} : { JOINT_STATEMENT_SPECIALISE: '0' }) };
  const options = { cwd: workDir, timeout: timeoutMs, env };
  let log = await run(process.execPath, ['scripts/cli/compile-content.mjs'], options);
  log += await run(process.execPath, ['scripts/cli/build-bundles.mjs'], options);
  const statements = ids.map((id) => {
    const statement = readCompiledStatement(workDir, id);
    const built = (file) => join(workDir, 'dist', id, file);
    return {
      bundle: readFileSync(built('joint-statement.js')),
      hydrating: readFileSync(built('joint-statement-hydrate.js')),
      prerendered: readFileSync(built(`prerendered/${statement.original}.html`), 'utf8').trim(),
      fullText: readFileSync(built(`full-text/${statement.original}.html`), 'utf8').trim(),
      statement,
    };
  });
  return { statements, embed: JSON.parse(readFileSync(join(workDir, 'dist', 'embed.json'), 'utf8')), log };
}
