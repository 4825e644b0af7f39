#!/usr/bin/env node
// Builds the WordPress plugin: wordpress/joint-statement/ (the PHP, written by hand) plus what
// only the build knows — every statement of the build with its pinned script's URL and
// integrity, languages, titles and signatory count, the values each attribute accepts, each
// statement's full-text fallbacks and bundle for self-hosting — into
// dist/wordpress/joint-statement/, zipped as dist/wordpress/joint-statement.zip for
// Plugins › Add New › Upload. Zipped with fflate (maintained, no dependencies, no `zip` binary
// needed on the builder's machine).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { runStepsBefore } from '../lib/steps-before.mjs';
import { DEFAULT_THEME, HEADING_LEVELS, PREVIEW_COUNT, THEMES } from '../../src/attribute-values.js';
import { headingRenames } from '../../src/heading-levels.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const source = join(root, 'wordpress/joint-statement');

/**
 * What the plugin's PHP reads from data/statements.json: every statement of the build (its
 * entries in dist/embed.json) and the values each attribute accepts.
 */
export function pluginData(index) {
  return {
    version: index.version,
    statements: index.statements.map((statement) => ({
      id: statement.id,
      original: statement.original,
      titles: statement.titles,
      languages: statement.languages.map((lang) => ({ lang, name: statement.languageNames[lang] })),
      // The plugin bounds preview-count by it.
      signatories: statement.signatoryCount,
      script: { url: statement.script.url, integrity: statement.script.integrity },
    })),
    attributes: {
      headingLevel: { ...HEADING_LEVELS },
      previewCount: { ...PREVIEW_COUNT },
      theme: { values: [...THEMES], default: DEFAULT_THEME },
    },
    // The PHP renames the full text's headings with these tables (strtr), one per level.
    headingRenames: Object.fromEntries(
      Array.from({ length: HEADING_LEVELS.max - HEADING_LEVELS.min + 1 }, (_, i) => HEADING_LEVELS.min + i).map((level) => [level, headingRenames(level)]),
    ),
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

/**
 * @param {string} [dist] the build's output folder (the e2e builds one for a test build's dist/)
 * @returns {string} the zip's path, dist/wordpress/joint-statement.zip
 */
export function buildWordPressPlugin(dist = join(root, 'dist')) {
  const index = JSON.parse(readFileSync(join(dist, 'embed.json'), 'utf8'));
  const outDir = join(dist, 'wordpress');
  const pluginDir = join(outDir, 'joint-statement');
  rmSync(outDir, { recursive: true, force: true });
  cpSync(source, pluginDir, { recursive: true });
  mkdirSync(join(pluginDir, 'data'));
  writeFileSync(join(pluginDir, 'data/statements.json'), `${JSON.stringify(pluginData(index), null, 2)}\n`);
  for (const { id, languages } of index.statements) {
    for (const lang of languages) cpSync(join(dist, `${id}/full-text/${lang}.html`), join(pluginDir, `data/${id}/full-text/${lang}.html`));
    cpSync(join(dist, `${id}/joint-statement.js`), join(pluginDir, `assets/${id}/joint-statement.js`));
  }
  const version = index.version;
  stampVersion(join(pluginDir, 'joint-statement.php'), /^( \* Version:\s+).*$/m, version);
  stampVersion(join(pluginDir, 'block/editor.asset.php'), /('version'\s+=> ')[^']*/, version);

  // A fixed date, so the same sources give the same zip.
  const mtime = new Date('2019-01-01T00:00:00Z');
  const entries = Object.fromEntries(filesUnder(pluginDir).map((file) => [relative(outDir, file).split('\\').join('/'), [readFileSync(file), { mtime }]]));
  const zipFile = join(outDir, 'joint-statement.zip');
  writeFileSync(zipFile, zipSync(entries, { level: 9 }));
  console.log(`${relative(root, zipFile)}: ${Object.keys(entries).length} files, ${statSync(zipFile).size} bytes`);
  return zipFile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runStepsBefore(root, ['bundle']);
  buildWordPressPlugin();
}
