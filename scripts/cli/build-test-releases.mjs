#!/usr/bin/env node
// The builds the several-statements browser tests load (test/browser/series.test.ts), into
// test/.built/ (not in git), each made by the ordinary pipeline in a copy of the project so the
// checkout's src/generated/ and dist/ stay as they are:
// - test/.built/current/: this checkout's code, with every statement of content/, a second
//   statement made here from the first (other id, titles and signatories), and the fixture
//   statements of test/fixtures/statements/ if there are any;
// - test/.built/other-release/: another release of the package (another version, and a small
//   change to the element's code), with the second statement only: a partner page that pinned
//   one release of one statement and pastes another release's statement beside it.
// Skipped when the inputs have not changed since the last run (test/.built/inputs.sha256).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, 'test/.built');
const fixtures = join(root, 'test/fixtures/statements');
const copied = ['src', 'scripts', 'content', 'demo', 'rollup.config.mjs', 'tsconfig.json', 'package.json'];

/** The statement made for these tests: a copy of content/'s first with its own id, titles and signatories. */
export const SECOND_ID = 'test-second-statement';
const OTHER_RELEASE_VERSION = '0.99.0-other-release';

const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

function inputsHash() {
  const hash = createHash('sha256');
  for (const entry of [...copied, 'test/fixtures/statements', 'scripts/cli/build-test-releases.mjs']) {
    const path = join(root, entry);
    if (!existsSync(path)) continue;
    for (const file of statSync(path).isDirectory() ? filesUnder(path).filter((f) => !f.includes(`${join('src', 'generated')}`)) : [path]) {
      hash.update(relative(root, file)).update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

function writeSecondStatement(dir) {
  const first = join(
    root,
    'content',
    readdirSync(join(root, 'content'))
      .filter((name) => !name.startsWith('.'))
      .sort()[0],
  );
  cpSync(first, dir, { recursive: true });
  const yaml = join(dir, 'statement.yaml');
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^id: .*$/m, `id: ${SECOND_ID}`));
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, `title: "Second test statement (${file.slice(0, -3)})"`));
  }
  const names = ['Test Signatory Alpha', 'Test Signatory Beta', 'Test Signatory Gamma', 'Test Signatory Delta'];
  writeFileSync(join(dir, 'signatories.yaml'), names.map((name) => `- name: ${name}\n  country: FR\n`).join(''));
}

async function build(name, statementsDirs, change = () => {}) {
  const work = mkdtempSync(join(tmpdir(), `joint-statement-${name}-`));
  try {
    for (const entry of copied)
      cpSync(join(root, entry), join(work, entry), { recursive: true, filter: (source) => !source.startsWith(join(root, 'src', 'generated')) });
    symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
    change(work);
    const env = { ...process.env, STATEMENTS_DIR: statementsDirs.join(delimiter) };
    for (const script of ['scripts/cli/compile-content.mjs', 'scripts/cli/build-bundles.mjs']) {
      await promisify(execFile)(process.execPath, [script], { cwd: work, env, maxBuffer: 64 << 20 });
    }
    rmSync(join(out, name), { recursive: true, force: true });
    cpSync(join(work, 'dist'), join(out, name, 'dist'), { recursive: true });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function buildTestReleases({ force = false } = {}) {
  const hash = inputsHash();
  const stamp = join(out, 'inputs.sha256');
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return false;
  mkdirSync(out, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'joint-statement-series-'));
  try {
    writeSecondStatement(join(scratch, 'second', SECOND_ID));
    const withFixtures = existsSync(fixtures) && readdirSync(fixtures).some((name) => !name.startsWith('.')) ? [fixtures] : [];
    await build('current', [join(root, 'content'), join(scratch, 'second'), ...withFixtures]);
    await build('other-release', [join(scratch, 'second')], (work) => {
      const pkg = join(work, 'package.json');
      writeFileSync(pkg, readFileSync(pkg, 'utf8').replace(/"version": "[^"]+"/, `"version": "${OTHER_RELEASE_VERSION}"`));
      // Another release's element: its own code, here one more attribute on the article.
      const element = join(work, 'src/joint-statement.ts');
      const source = readFileSync(element, 'utf8');
      const changed = source.replace('aria-labelledby="title">', 'aria-labelledby="title" data-release="other">');
      if (changed === source) throw new Error('build-test-releases: the element changed; update the change made for the other release');
      writeFileSync(element, changed);
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  writeFileSync(stamp, hash);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = await buildTestReleases({ force: process.argv.includes('--force') });
  console.log(built ? 'test/.built/: current and other-release built' : 'test/.built/: up to date');
}
