// `npm run release:check`: the package as npm would publish it, checked before it exists.
// Packs the built project, installs the tarball into a scratch partner project and checks
// what a partner gets: the exact file list, the integrity hash the snippets pin, the entry
// points (in Node and for TypeScript), and the framework types (tsc, vue-tsc, svelte-check).
// Checks the build as it is (`npm test` and `npm run release:check` build first); a step that
// has not run at all runs first.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeBrowser, launchBrowser } from '../lib/browser.mjs';
import { filesIn, startServer } from '../lib/server.mjs';
import { runStepsBefore } from '../lib/steps-before.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Inside the project, so the partner project finds the frameworks' own types (react, vue,
// svelte) in the project's node_modules, while the package and its dependencies are installed
// into its own node_modules from the tarball.
const scratch = join(root, '.release-check');
const tools = join(root, 'test/types/tools');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const failures = [];
let passed = 0;
async function check(name, fn) {
  const started = performance.now();
  try {
    await fn();
    passed += 1;
    console.log(`✔ ${name} (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    failures.push(name);
    console.log(`✘ ${name}\n  ${String(error.message ?? error).replace(/\n/g, '\n  ')}`);
  }
}

function run(command, args, options = {}) {
  try {
    return execFileSync(command, args, { cwd: scratch, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));

/** dist/embed.json as built: every statement of the build. */
const embedIndex = () => JSON.parse(readFileSync(join(root, 'dist/embed.json'), 'utf8'));

/**
 * Sources that tsconfig.lib.json leaves out of lib/: the entry points Rollup builds into dist/
 * only, and the build-time module for Node (src/server-render.ts) with what only it imports.
 */
const notInLib = ['joint-statement-bundle.ts', 'joint-statement-hydrate.ts', 'server-render.ts', 'full-text.ts', 'writing-direction.js'];

/**
 * What partners need, and nothing else: the one-file bundle and its snippet, the hydrating
 * bundle with its pre-rendered snippet and pages, the full-text fallbacks, the ES modules with
 * their declarations (one pair per source module) and the compiled statement they import, the
 * framework types, the manifest, the README, the changelog and the licence.
 */
function expectedFiles() {
  const modules = filesUnder(join(root, 'src'))
    // TypeScript modules, and the plain .js ones the build scripts share with the element. The
    // snippet format (src/snippets/) is for the build and the generator, not for apps.
    .filter((file) => /\.(ts|js)$/.test(file) && !file.endsWith('.d.ts') && !notInLib.includes(file) && !file.startsWith('snippets/'))
    .flatMap((file) => [`lib/${file.replace(/\.[tj]s$/, '.js')}`, `lib/${file.replace(/\.[tj]s$/, '.d.ts')}`]);
  // The compiled statements, which lib/statements.js imports as a JSON module.
  const data = filesUnder(join(root, 'src'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => `lib/${file}`);
  // Every statement's files, under dist/<id>/.
  const statements = embedIndex().statements.flatMap(({ id }) => [
    ...['joint-statement.js', 'embed.html', 'joint-statement-hydrate.js', 'embed-prerendered.html'].map((file) => `dist/${id}/${file}`),
    ...filesUnder(join(root, 'dist', id, 'full-text')).map((file) => `dist/${id}/full-text/${file}`),
    ...filesUnder(join(root, 'dist', id, 'prerendered')).map((file) => `dist/${id}/prerendered/${file}`),
  ]);
  return [
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    'custom-elements.json',
    'dist/embed.json',
    ...statements,
    ...modules,
    ...data,
    ...['jsx', 'react', 'preact', 'vue', 'svelte'].map((name) => `lib/types/${name}.d.ts`),
  ].sort();
}

/** vue-tsc and svelte-check, installed from test/types/tools' lock file when missing or different. */
function ensureTools() {
  const versions = (lockFile) =>
    existsSync(lockFile)
      ? JSON.stringify(
          Object.entries(JSON.parse(readFileSync(lockFile, 'utf8')).packages)
            .filter(([path]) => path)
            .map(([path, { version }]) => [path, version])
            .sort(),
        )
      : undefined;
  if (versions(join(tools, 'node_modules/.package-lock.json')) === versions(join(tools, 'package-lock.json'))) return;
  console.log('Installing the type-test tools (test/types/tools)…');
  execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: tools, stdio: 'inherit' });
}

/** The snippet the generator (dist/generator/, as uploaded) offers first for each statement, as a partner copies it, by id. */
async function generatorSnippets(ids) {
  // The project's files as a plain static server gives them (what `npm start` shows, untransformed).
  const server = await startServer(filesIn(root));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/dist/generator/index.html`);
    const snippets = {};
    for (const id of ids) {
      await page.select('#statement', id);
      await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 20000 });
      snippets[id] = await page.$eval('#snippet', (box) => box.textContent);
    }
    return snippets;
  } finally {
    await closeBrowser(browser);
    await server.close();
  }
}

runStepsBefore(root, ['lib', 'manifest', 'bundle']);
const started = performance.now();
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch);
try {
  ensureTools();
  const installed = join(scratch, 'node_modules', pkg.name);
  let tarball;

  await check('npm pack writes the tarball with exactly the files partners need', () => {
    // Built already: --ignore-scripts skips prepack's second build.
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: root }));
    tarball = join(scratch, packed.filename);
    const actual = packed.files.map((file) => file.path).sort();
    const expected = expectedFiles();
    const extra = actual.filter((file) => !expected.includes(file));
    const missing = expected.filter((file) => !actual.includes(file));
    if (extra.length || missing.length) throw new Error(`unexpected: ${extra.join(', ') || 'none'}\nmissing: ${missing.join(', ') || 'none'}`);
    console.log(`  ${packed.filename}: ${actual.length} files, ${(packed.size / 1024).toFixed(1)} KB packed`);
  });
  if (!tarball) throw new Error('nothing to install');

  await check('the tarball installs into a partner project, as files (not a link)', () => {
    writeFileSync(join(scratch, 'package.json'), `${JSON.stringify({ name: 'partner-project', private: true, type: 'module' }, null, 2)}\n`);
    // From npm's cache when it has the dependencies (lit, @lit/react), else from the registry.
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball]);
    if (lstatSync(installed).isSymbolicLink()) throw new Error(`${installed} is a link`);
  });

  await check('every package the modules import is a dependency or a peer', () => {
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
    const imported = new Set();
    for (const file of filesUnder(join(installed, 'lib')).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(installed, 'lib', file), 'utf8');
      for (const [, specifier] of code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) {
        if (specifier && !specifier.startsWith('.'))
          imported.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
      }
    }
    const undeclared = [...imported].filter((name) => !declared.has(name));
    if (undeclared.length) throw new Error(`imported but not declared: ${undeclared.join(', ')}`);
    for (const name of Object.keys(pkg.dependencies)) {
      if (!existsSync(join(scratch, 'node_modules', name, 'package.json'))) throw new Error(`dependency ${name} was not installed with the package`);
    }
  });

  const packedIndex = () => JSON.parse(readFileSync(join(installed, 'dist/embed.json'), 'utf8'));

  await check('every statement’s packed bundle hashes to the integrity in embed.json and its embed.html; the generator offers it', async () => {
    const index = packedIndex();
    if (index.version !== pkg.version) throw new Error(`dist/embed.json says version ${index.version}, package.json ${pkg.version}`);
    if (!index.statements.length) throw new Error('dist/embed.json lists no statement');
    for (const { id, script, snippet } of index.statements) {
      const integrity = sri(readFileSync(join(installed, 'dist', id, 'joint-statement.js')));
      if (script.integrity !== integrity) throw new Error(`${id}: dist/embed.json says ${script.integrity}, the packed file is ${integrity}`);
      if (!script.url.endsWith(`/${pkg.name}@${pkg.version}/dist/${id}/joint-statement.js`))
        throw new Error(`${id}: dist/embed.json points at ${script.url}, not version ${pkg.version}'s dist/${id}/joint-statement.js`);
      const html = readFileSync(join(installed, 'dist', snippet), 'utf8');
      if (!html.includes(`integrity="${integrity}"`) || !html.includes(`statement="${id}"`))
        throw new Error(`dist/${snippet} does not carry ${id}'s integrity and id`);
      console.log(`  ${id}: ${integrity}`);
    }
    const offered = await generatorSnippets(index.statements.map(({ id }) => id));
    for (const { id, script } of index.statements) {
      const integrity = /integrity="([^"]+)"/.exec(offered[id])?.[1];
      if (integrity !== script.integrity) throw new Error(`the generator offers ${id} with integrity ${integrity}, the packed file is ${script.integrity}`);
    }
  });

  await check(
    'the generator folder (dist/generator/, not in the package) carries every statement’s packed files byte for byte, and the build’s embed.json',
    () => {
      const generator = join(root, 'dist/generator');
      if (readFileSync(join(generator, 'embed.json'), 'utf8') !== readFileSync(join(installed, 'dist/embed.json'), 'utf8'))
        throw new Error('dist/generator/embed.json is not the packed dist/embed.json');
      for (const { id } of packedIndex().statements) {
        const parts = ['full-text', 'prerendered'].flatMap((dir) => readdirSync(join(installed, 'dist', id, dir)).map((name) => `${dir}/${name}`));
        for (const file of ['joint-statement.js', 'joint-statement-hydrate.js', ...parts]) {
          if (!readFileSync(join(generator, id, file)).equals(readFileSync(join(installed, 'dist', id, file))))
            throw new Error(`dist/generator/${id}/${file} is not the packed dist/${id}/${file}`);
        }
      }
      for (const file of ['index.html', 'generator.js', 'generator.css', 'demo.css'])
        if (!existsSync(join(generator, file))) throw new Error(`dist/generator/${file} is missing`);
    },
  );

  await check('every statement’s packed hydrating bundle hashes to the integrity in embed.json (hydrate) and its embed-prerendered.html', () => {
    for (const { id, hydrate, prerendered } of packedIndex().statements) {
      const integrity = sri(readFileSync(join(installed, 'dist', id, 'joint-statement-hydrate.js')));
      if (hydrate?.integrity !== integrity) throw new Error(`${id}: dist/embed.json's hydrate says ${hydrate?.integrity}, the packed file is ${integrity}`);
      if (!hydrate.url.endsWith(`/${pkg.name}@${pkg.version}/dist/${id}/joint-statement-hydrate.js`))
        throw new Error(`${id}: dist/embed.json's hydrate points at ${hydrate.url}`);
      const html = readFileSync(join(installed, 'dist', prerendered), 'utf8');
      if (!html.includes(`integrity="${integrity}"`)) throw new Error(`dist/${prerendered} does not carry ${id}'s hydrating file's integrity`);
    }
  });

  await check("import 'joint-statement' and 'joint-statement/react' work from the installed package (Node)", () => {
    const script = `
      const { JointStatement } = await import('joint-statement');
      if (customElements.get('joint-statement') !== JointStatement) throw new Error('joint-statement did not define <joint-statement>');
      const wrapper = await import('joint-statement/react');
      if (wrapper.JointStatement.displayName !== 'JointStatement') throw new Error('joint-statement/react has no JointStatement component');
      for (const entry of ['joint-statement/dist/embed.json', 'joint-statement/custom-elements.json', 'joint-statement/package.json']) import.meta.resolve(entry);
      const resolved = import.meta.resolve('joint-statement');
      if (!resolved.includes('/node_modules/joint-statement/lib/')) throw new Error('joint-statement resolved to ' + resolved);`;
    run(process.execPath, ['--input-type=module', '-e', script]);
  });

  cpSync(join(root, 'test/types/partner'), scratch, { recursive: true });

  await check('TypeScript 7 (tsc): the entry types, React and Preact JSX, joint-statement/react', () => {
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  });

  await check('vue-tsc: <joint-statement> in a Vue template', () => {
    run(join(tools, 'node_modules/.bin/vue-tsc'), ['-p', 'vue/tsconfig.json']);
  });

  await check('svelte-check: <joint-statement> in Svelte markup, and each wrong use fails', () => {
    let output;
    try {
      output = run(join(tools, 'node_modules/.bin/svelte-check'), [
        '--workspace',
        'svelte',
        '--tsconfig',
        './tsconfig.json',
        '--output',
        'machine',
        '--fail-on-warnings',
      ]);
    } catch (error) {
      output = error.message;
    }
    const errorFiles = new Set([...output.matchAll(/^\d+ ERROR "([^"]+)"/gm)].map((m) => m[1]));
    const mustFail = readdirSync(join(scratch, 'svelte')).filter((file) => file.endsWith('.fails.svelte'));
    const wrong = [...errorFiles].filter((file) => !file.endsWith('.fails.svelte'));
    const passedWrongly = mustFail.filter((file) => !errorFiles.has(file));
    if (wrong.length || passedWrongly.length || !/COMPLETED \d+ FILES/.test(output)) {
      throw new Error(`errors in: ${wrong.join(', ') || 'none'}; type-checked although wrong: ${passedWrongly.join(', ') || 'none'}\n${output}`);
    }
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`\nrelease check: ${passed} passed, ${failures.length} failed (${((performance.now() - started) / 1000).toFixed(1)} s)`);
if (failures.length) process.exit(1);
