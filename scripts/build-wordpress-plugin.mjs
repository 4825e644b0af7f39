#!/usr/bin/env node
// Builds the WordPress plugin: wordpress/joint-statement/ (the PHP, written by hand) plus what
// only the build knows — the pinned script's URL and integrity, the languages, the values each
// attribute accepts, the full-text fallbacks and the bundle for self-hosting — into
// dist/wordpress/joint-statement/, zipped as dist/wordpress/joint-statement.zip for
// Plugins › Add New › Upload. Zipped with fflate (maintained, no dependencies, no `zip` binary
// needed on the builder's machine).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { DEFAULT_THEME, HEADING_LEVELS, PREVIEW_COUNT, THEMES } from '../src/attribute-values.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'wordpress/joint-statement');
const outDir = join(root, 'dist/wordpress');
const pluginDir = join(outDir, 'joint-statement');

/**
 * What the plugin's PHP reads from data/statement.json, for one statement's entry of
 * dist/embed.json (`embed`: that entry with the build's version).
 */
export function pluginData(embed) {
  return {
    version: embed.version,
    id: embed.id,
    script: { url: embed.script.url, integrity: embed.script.integrity },
    original: embed.original,
    // The plugin bounds preview-count by it.
    signatories: embed.signatoryCount,
    languages: embed.languages.map((lang) => ({ lang, name: embed.languageNames[lang] })),
    attributes: {
      headingLevel: { ...HEADING_LEVELS },
      previewCount: { ...PREVIEW_COUNT },
      theme: { values: [...THEMES], default: DEFAULT_THEME },
    },
  };
}

/** The plugin carries the package's version: WordPress shows it and offers updates by it. */
function stampVersion(file, pattern, version) {
  const text = readFileSync(file, 'utf8');
  if (!pattern.test(text)) throw new Error(`${relative(root, file)}: no version to stamp (${pattern})`);
  writeFileSync(file, text.replace(pattern, `$1${version}`));
}

function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

export function buildWordPressPlugin() {
  // One statement so far: the build's first (the plugin for every statement is issue 20's item 6).
  const index = JSON.parse(readFileSync(join(root, 'dist/embed.json'), 'utf8'));
  const embed = { package: index.package, version: index.version, ...index.statements[0] };
  rmSync(outDir, { recursive: true, force: true });
  cpSync(source, pluginDir, { recursive: true });
  mkdirSync(join(pluginDir, 'data/full-text'), { recursive: true });
  writeFileSync(join(pluginDir, 'data/statement.json'), `${JSON.stringify(pluginData(embed), null, 2)}\n`);
  for (const lang of embed.languages) {
    cpSync(join(root, `dist/${embed.id}/full-text/${lang}.html`), join(pluginDir, `data/full-text/${lang}.html`));
  }
  mkdirSync(join(pluginDir, 'assets'), { recursive: true });
  cpSync(join(root, `dist/${embed.id}/joint-statement.js`), join(pluginDir, 'assets/joint-statement.js'));
  stampVersion(join(pluginDir, 'joint-statement.php'), /^( \* Version:\s+).*$/m, embed.version);
  stampVersion(join(pluginDir, 'block/editor.asset.php'), /('version'\s+=> ')[^']*/, embed.version);

  // A fixed date, so the same sources give the same zip.
  const mtime = new Date('2019-01-01T00:00:00Z');
  const entries = Object.fromEntries(
    filesUnder(pluginDir).map((file) => [relative(outDir, file).split('\\').join('/'), [readFileSync(file), { mtime }]]),
  );
  const zipFile = join(outDir, 'joint-statement.zip');
  writeFileSync(zipFile, zipSync(entries, { level: 9 }));
  console.log(`${relative(root, zipFile)}: ${Object.keys(entries).length} files, ${statSync(zipFile).size} bytes`);
  return zipFile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildWordPressPlugin();
