#!/usr/bin/env node
// `npm run e2e:wordpress`: the partner's WordPress, for real. Debian's WordPress on a private
// MariaDB and PHP's built-in server; every snippet the generator offers, and the plugin's
// shortcode and block, saved by an administrator and by an author through each editor's path;
// each page read in headless Chromium. Prints who pastes × snippet × what readers get, and
// exits non-zero on any bad row. Whatever happens, it stops what it started and removes its
// temporary folder and config file.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { compileContent } from '../../content/compile.mjs';
import { buildCases, USERS } from './cases.mjs';
import { placeBlockInEditor } from './block-editor.mjs';
import { checkPage } from './check-page.mjs';
import { generatorSnippets } from './generator-snippets.mjs';
import { ensurePackages } from './packages.mjs';
import { freePort } from '../../lib/free-port.mjs';
import { startMariaDb, startPhpServer, stopAll } from './services.mjs';
import { judge } from './verdict.mjs';
import { runCheck } from '../run-check.mjs';
import { runStepsBefore } from '../../lib/steps-before.mjs';
import { checkSeveralStatements } from './several-statements.mjs';
import { firstStatementFolder } from '../../content/statement-folders.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const DATABASE = 'joint_statement_e2e';
const THEME = '/usr/share/wordpress/wp-content/themes/twentytwentythree';

const temp = mkdtempSync(join(tmpdir(), 'joint-statement-wordpress-'));
// Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php: one of our own.
const configName = `joint-statement-e2e-${process.pid}`;
const configFile = `/etc/wordpress/config-${configName}.php`;

/** The plugin as a site owner installs it: unpacked from the built zip. */
function installPlugin(contentDir, zipFile = join(root, 'dist/wordpress/joint-statement.zip')) {
  if (!existsSync(zipFile)) throw new Error(`${zipFile} is missing: run npm run build first`);
  // As a new version uploaded over the old one: nothing of the old stays.
  rmSync(join(contentDir, 'plugins/joint-statement'), { recursive: true, force: true });
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zipFile)))) {
    const target = join(contentDir, 'plugins', path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  const phpFiles = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? phpFiles(join(dir, e.name)) : e.name.endsWith('.php') ? [join(dir, e.name)] : [],
    );
  for (const file of phpFiles(join(contentDir, 'plugins/joint-statement'))) execFileSync('php', ['-l', file], { stdio: 'pipe' });
  console.log(`plugin: unpacked from ${relative(root, zipFile)}; php -l passes on every PHP file`);
}

function writeConfig({ socket, contentDir, siteUrl, debugLog }) {
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((name) => `define('${name}', '${randomBytes(32).toString('hex')}');`)
    .join('\n');
  const php = String.raw;
  writeFileSync(
    configFile,
    php`<?php
// Written by scripts/e2e/wordpress/run.mjs for one run; removed when it ends.
define('DB_NAME', '${DATABASE}');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${siteUrl}');
define('WP_SITEURL', '${siteUrl}');
define('WP_CONTENT_DIR', '${contentDir}');
define('WP_CONTENT_URL', '${siteUrl}/wp-content');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${debugLog}');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
${salts}
$table_prefix = 'wp_';
`,
  );
}

/** @param {import('puppeteer-core').Browser} browser */
async function main(browser) {
  ensurePackages();
  runStepsBefore(root, ['wordpress']);
  const statement = compileContent(firstStatementFolder(root));
  const index = JSON.parse(readFileSync(join(root, 'dist/embed.json'), 'utf8'));
  const embed = index.statements.find(({ id }) => id === statement.id);
  const served = { root, releaseUrl: embed.script.url };

  const contentDir = join(temp, 'wp-content');
  mkdirSync(join(contentDir, 'themes'), { recursive: true });
  mkdirSync(join(contentDir, 'uploads'), { recursive: true });
  symlinkSync(THEME, join(contentDir, 'themes/twentytwentythree'));
  installPlugin(contentDir);

  const socket = await startMariaDb(temp);
  execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', `CREATE DATABASE ${DATABASE}`]);
  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const debugLog = join(temp, 'debug.log');
  writeConfig({ socket, contentDir, siteUrl, debugLog });
  const env = { ...process.env, WORDPRESS_CONFIG: configName, JOINT_STATEMENT_E2E_HOST: `127.0.0.1:${port}`, JOINT_STATEMENT_E2E_CONTENT: contentDir };
  const site = (args, input) => execFileSync('php', [join(here, 'site.php'), ...args], { env, input, encoding: 'utf8', maxBuffer: 64 << 20 });
  console.log(`WordPress: installed with wp_install() ${site(['install']).trim()}`);
  await startPhpServer({ port, router: join(here, 'router.php'), env });

  const snippets = generatorSnippets(root);
  const cases = buildCases(snippets, statement.original, embed.id);
  const saved = JSON.parse(site(['posts'], JSON.stringify(cases)));
  console.log(`saved ${cases.length} posts; reading each in Chromium`);

  const expectations = {
    titles: statement.translations.map((t) => t.title),
    signatories: statement.signatories.length,
    canonicalUrl: statement.canonicalUrl,
  };
  const rows = [];
  const check = async (row) => {
    const facts = await checkPage(browser, { ...expectations, id: row.id, url: row.url ?? saved[row.post ?? row.id].url, withoutScript: row.plugin }, served);
    const verdict = judge(row, facts);
    verdict.problems.unshift(...(row.problems ?? []));
    rows.push({ ...row, ...verdict });
    if (process.env.E2E_VERBOSE) console.log(row.id, JSON.stringify({ facts, saved: row.saved ?? saved[row.post ?? row.id].content }, null, 1));
  };
  const pinned = (row) => (row.plugin ? { ...row, integrity: embed.script.integrity } : row);
  const release = new RegExp(`^${embed.script.url.replace(/[.?]/g, '\\$&')}$`);
  for (const row of cases) await check(row.plugin ? pinned({ ...row, script: release }) : row);

  // The block placed by hand in the block editor, its sidebar controls offering the build's languages.
  const offered = ['', ...statement.translations.map((t) => t.lang)].join(' ');
  for (const { user, who } of USERS) {
    const id = `block-editor-${user}`;
    const row = { id, who, user, snippet: 'plugin: Joint statement block, sidebar set to Español and H3', path: 'block editor in Chromium' };
    let placed;
    try {
      placed = await placeBlockInEditor(browser, { siteUrl, cookies: JSON.parse(site(['cookies', user])), served, title: id });
    } catch (error) {
      rows.push({ ...row, gets: 'no page', problems: [error.message.split('\n')[0]] });
      continue;
    }
    const problems = placed.languages.join(' ') === offered ? [] : [`Language offers "${placed.languages.join(' ')}", not "${offered}"`];
    await check(pinned({ ...row, url: placed.url, saved: placed.saved, lang: 'es', level: 'h3', preview: 3, plugin: true, script: release, problems }));
  }

  // Self-hosting: the same plugin pages with the copy bundled in the plugin.
  site(['option', 'joint_statement_script_source', 'bundled']);
  for (const row of cases.filter((c) => c.plugin && c.path === 'Classic' && !c.snippet.includes('bad values'))) {
    await check(
      pinned({
        ...row,
        post: row.id,
        id: `${row.id}-self-hosted`,
        snippet: `${row.snippet}, self-hosted script`,
        script: new RegExp(`/wp-content/plugins/joint-statement/assets/${embed.id}/joint-statement\\.js\\?ver=`),
      }),
    );
  }

  // The plugin built with several statements: two in one post, and a shortcode naming none.
  rows.push(...(await checkSeveralStatements({ browser, site, installPlugin: (zip) => installPlugin(contentDir, zip), root, siteUrl })));

  // Deleting the plugin takes its settings with it.
  const left = JSON.parse(site(['uninstall']));
  rows.push({
    id: 'uninstall',
    who: 'administrator',
    snippet: 'plugin: Plugins › Delete',
    path: 'uninstall_plugin()',
    gets: left.length ? `options left: ${left.join(', ')}` : 'no option of the plugin left',
    problems: left.length ? [`options left behind: ${left.join(', ')}`] : [],
  });

  const pluginNotices = existsSync(debugLog)
    ? readFileSync(debugLog, 'utf8')
        .split('\n')
        .filter((line) => line.includes('/plugins/joint-statement/'))
    : [];
  return { rows, failures: pluginNotices.length ? [`PHP notices from the plugin:\n${pluginNotices.join('\n')}`] : [] };
}

await runCheck({
  name: 'WordPress check',
  columns: [
    ['who pastes', 'who'],
    ['snippet', 'snippet'],
    ['editor', 'path'],
    ['what readers get', 'gets'],
  ],
  run: main,
  cleanUp: async () => {
    await stopAll();
    rmSync(configFile, { force: true });
    rmSync(temp, { recursive: true, force: true });
  },
});
