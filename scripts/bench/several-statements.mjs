// The bench's several-statements section: a partner's page showing 1, 2 and 5 statements of one
// release (a "statements we joined" page, a blog's home page), each pasted as its default
// snippet, and the same page with the pre-rendered snippets; the control is the same page with
// each statement's pre-rendered markup and no script (what the page costs without any widget).
//
// Per page load, in the page, for each statement on it (in page order):
// - text painted: the end of the first frame after its snippet is parsed (its fallback's or its
//   pre-rendered words);
// - upgraded: the end of the first frame after the element rendered (or hydrated) that statement.
// Bytes: Resource Timing's encoded and decoded body sizes of the page and of its scripts, and
// its transfer size (headers included). Apart, in Chromium's trace of the 5-statement page, each
// bundle's compile and evaluation time: every bundle carries its own Lit and element, and the
// second one on a page defines nothing (the first one's element shows its statement through the
// page-wide registry, src/registry.ts) but its whole file is still parsed, compiled and run.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { openPage } from '../lib/browser.mjs';
import { buildStatements } from '../lib/build-bundle.mjs';
import { gzipSize } from '../lib/bundle-size.mjs';
import { snippetEmbed } from '../lib/embed-entry.mjs';
import { snippetFor } from '../../src/snippets/index.js';
import { writeSyntheticContent } from '../lib/synthetic-content.mjs';
import { firstStatementFolder } from '../content/statement-folders.mjs';
import { partnerPage, settle } from './pages.mjs';
import { kb, median, ms, quantile, shuffle } from './stats.mjs';

/** The statements on a page, first to last: n = 1 shows the first, 2 the first two, 5 all. */
const COUNTS = [1, 2, 5];
/** The three synthetic statements: the seed's texts under another id, title and list. */
const SYNTHETIC = [
  { id: 'bench-series-a', count: 15, seed: 1 },
  { id: 'bench-series-b', count: 40, seed: 2 },
  { id: 'bench-series-c', count: 120, seed: 3 },
];
const KINDS = ['full-text', 'prerendered', 'static'];
const CPU_SLOWDOWN = 4;
const CONDITIONS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  'phone, 4× CPU': { viewport: { width: 375, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true }, cpu: CPU_SLOWDOWN },
};

/**
 * Builds the five statements as one release: the seed, the Arabic test fixture and three
 * synthetic ones (in `tmp`, which the caller removes); or only the first `count`.
 */
export async function buildSeries(root, tmp, count = COUNTS.at(-1)) {
  const folders = join(tmp, 'series-content');
  const dirs = [firstStatementFolder(root), join(root, 'test/fixtures/statements/fixture-civic-space')].map((dir, index) => {
    const copy = join(folders, `${index}`, dir.split('/').at(-1));
    cpSync(dir, copy, { recursive: true });
    return copy;
  });
  for (const { id, count, seed } of SYNTHETIC) {
    const dir = writeSyntheticContent(join(folders, id, id), { count, seed });
    const yaml = join(dir, 'statement.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/^id: .*$/m, `id: ${id}`));
    for (const lang of ['en', 'es', 'pt']) {
      const md = join(dir, `${lang}.md`);
      writeFileSync(md, readFileSync(md, 'utf8').replace(/^title: .*$/m, `title: "Synthetic statement ${id} (${lang})"`));
    }
    dirs.push(dir);
  }
  return buildStatements(root, join(tmp, 'build-series'), dirs.slice(0, count));
}

const probes = `<script>
window.__afterNextFrame = (callback) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback(performance.now());
  channel.port2.postMessage(0);
});
window.__statements = [];
// Called right after each snippet: the element as parsed.
window.__probe = (index, upgrades) => {
  const element = document.querySelectorAll('joint-statement')[index];
  const entry = (window.__statements[index] = {});
  window.__afterNextFrame((time) => (entry.text = time));
  if (!upgrades) return;
  // Checked in each frame before it is drawn: the frame that first shows the rendered widget.
  const check = () => requestAnimationFrame(() => {
    if (!element.hasUpdated) return check();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (entry.upgraded = performance.now());
    channel.port2.postMessage(0);
  });
  check();
};
</script>`;

const paragraph = (n) =>
  `<p>Paragraph ${n} of the partner's own page. Coalitions of human rights organisations publish joint statements several times a year, and each member keeps a page of the statements it joined.</p>`;

function page(title, snippets, upgrades) {
  return partnerPage({
    title,
    head: probes,
    body: `<h1>Statements we joined</h1>
${paragraph(1)}
${snippets.map((snippet, index) => `${snippet}\n<script>window.__probe(${index}, ${upgrades})</script>\n${paragraph(index + 2)}`).join('\n')}`,
  });
}

const brotliSize = (buffer) =>
  brotliCompressSync(buffer, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_LGWIN]: 24, [zlib.BROTLI_PARAM_SIZE_HINT]: buffer.length } })
    .length;

const scriptPath = (id, file) => `/s/${id}/${file}`;

/**
 * The pages (path → body) and the scripts they load: for each count, the default snippets
 * (full text), the pre-rendered ones, and the control (the pre-rendered markup, no script),
 * and the page with none. Each snippet self-hosted here, with its integrity.
 */
export function seriesPages({ statements, embed }) {
  const files = new Map();
  const snippets = { 'full-text': [], prerendered: [], static: [] };
  const scripts = [];
  for (const { statement, bundle, hydrating, prerendered, fullText } of statements) {
    const { id } = statement;
    files.set(scriptPath(id, 'joint-statement.js'), bundle);
    files.set(scriptPath(id, 'joint-statement-hydrate.js'), hydrating);
    const entry = snippetEmbed(embed, id);
    const snippet = (kind, file) => snippetFor(entry, { kind, delivery: 'self', selfHostedUrl: scriptPath(id, file) }, { prerendered, fullText });
    const { code, markup } = snippet('full-text', 'joint-statement.js');
    snippets['full-text'].push(code);
    scripts.push(code.slice(0, -markup.length).trim());
    const prerenderedSnippet = snippet('prerendered', 'joint-statement-hydrate.js');
    snippets.prerendered.push(prerenderedSnippet.code);
    snippets.static.push(prerenderedSnippet.markup);
  }
  files.set('/series-none.html', page('no statement', [], false));
  // The default snippets' scripts alone: what evaluating the bundles costs without rendering.
  files.set(
    `/series-scripts-${COUNTS.at(-1)}.html`,
    page('scripts, no element', [scripts.join('\n')], false).replace('<script>window.__probe(0, false)</script>', ''),
  );
  for (const count of COUNTS) {
    for (const kind of KINDS) files.set(`/series-${kind}-${count}.html`, page(`${count} × ${kind}`, snippets[kind].slice(0, count), kind !== 'static'));
  }
  return files;
}

/** One load: per statement, text painted and upgraded (ms since navigation start); the bytes the page loaded. */
async function measureSeriesLoad(browser, url, { viewport, cpu }, count, upgrades, timeoutMs = 30000) {
  const page = await openPage(browser, { timeoutMs });
  try {
    await page.setViewport(viewport);
    if (cpu) await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      (count, upgrades) => window.__statements.length === count && window.__statements.every((entry) => entry.text && (!upgrades || entry.upgraded)),
      { timeout: timeoutMs },
      count,
      upgrades,
    );
    await settle(page);
    return page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      const scripts = performance.getEntriesByType('resource').filter((entry) => entry.initiatorType === 'script');
      const bytes = (entries) => ({
        count: entries.length,
        raw: entries.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
        encoded: entries.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
        transfer: entries.reduce((sum, entry) => sum + entry.transferSize, 0),
      });
      return { statements: window.__statements, html: bytes([navigation]), scripts: bytes(scripts) };
    });
  } finally {
    await page.close().catch(() => {});
  }
}

/** Trace events per script: off the main thread (streamed parse and compile), then on it. */
const TRACED = {
  'v8.parseOnBackground': { key: 'background', url: (args) => args?.data?.url },
  'v8.compile': { key: 'compile', url: (args) => args?.data?.url },
  'v8.run': { key: 'run', url: (args) => args?.fileName },
  EvaluateScript: { key: 'evaluate', url: (args) => args?.data?.url },
};

/**
 * Each script's compile and evaluation on one load of a page, from Chromium's trace: per
 * script path in page order, milliseconds of each of TRACED (EvaluateScript includes the
 * compile's main-thread part, the run and the microtasks after it, where the element renders).
 */
async function traceScripts(browser, url, { viewport, cpu }, timeoutMs = 30000) {
  const page = await openPage(browser, { timeoutMs });
  let tracing = false;
  try {
    await page.setViewport(viewport);
    if (cpu) await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: cpu });
    tracing = true;
    await page.tracing.start({ categories: ['devtools.timeline', 'v8', 'disabled-by-default-v8.compile'] });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__statements.every((entry) => entry.upgraded), { timeout: timeoutMs });
    await settle(page);
    tracing = false;
    const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
    const perScript = new Map();
    for (const event of traceEvents) {
      const traced = event.ph === 'X' && TRACED[event.name];
      const scriptUrl = traced ? traced.url(event.args) : undefined;
      if (typeof scriptUrl !== 'string' || !scriptUrl.includes('/s/')) continue;
      const path = new URL(scriptUrl).pathname;
      const entry = perScript.get(path) ?? { path, background: 0, compile: 0, run: 0, evaluate: 0 };
      entry[traced.key] += event.dur / 1000;
      perScript.set(path, entry);
    }
    return [...perScript.values()];
  } finally {
    if (tracing) await page.tracing.stop().catch(() => {});
    await page.close().catch(() => {});
  }
}

/**
 * Runs the section: `rounds` rounds per condition, each loading every page once in a shuffled
 * order (after one untimed warm-up round unless `quick`), then `traces` traced loads of the
 * 5-statement default page per condition. `quick` keeps the desktop condition only.
 */
export async function measureSeveralStatements(browser, url, series, { rounds, traces, random, log, quick = false }) {
  const pages = ['none', ...COUNTS.flatMap((count) => KINDS.map((kind) => `${kind}-${count}`))];
  const conditions = Object.entries(CONDITIONS).filter(([name]) => !quick || name === 'desktop');
  const results = { conditions: [], traces: {} };
  for (const [name, condition] of conditions) {
    log(`several statements, ${name}: ${rounds} rounds of ${pages.length} pages, shuffled`);
    const loads = Object.fromEntries(pages.map((key) => [key, []]));
    for (let round = quick ? 0 : -1; round < rounds; round++) {
      for (const key of shuffle([...pages], random)) {
        const count = key === 'none' ? 0 : Number(key.split('-').at(-1));
        const result = await measureSeriesLoad(browser, url(`/series-${key}.html`), condition, count, key !== 'none' && !key.startsWith('static'));
        if (round >= 0) loads[key].push(result);
      }
    }
    results.conditions.push({ name, loads });
    const most = COUNTS.at(-1);
    log(`several statements, ${name}: ${traces} traced loads of the ${most}-statement default page and of its scripts alone`);
    results.traces[name] = { [`${most} default snippets`]: [], [`their ${most} scripts, no element`]: [] };
    for (let run = 0; run < traces; run++) {
      results.traces[name][`${most} default snippets`].push(await traceScripts(browser, url(`/series-full-text-${most}.html`), condition));
      results.traces[name][`their ${most} scripts, no element`].push(await traceScripts(browser, url(`/series-scripts-${most}.html`), condition));
    }
  }
  results.bundles = series.statements.map(({ statement, bundle }) => {
    const data = Buffer.from(JSON.stringify(statement));
    return {
      id: statement.id,
      signatories: statement.signatories.length,
      bundle: { raw: bundle.length, gzip: gzipSize(bundle) },
      data: { raw: data.length, gzip: gzipSize(data) },
    };
  });
  // What two bundles have in common: how much smaller the pair compresses as one text than
  // apart. Brotli's window holds both files (gzip's 32 KB does not even hold one).
  const [first, second] = series.statements;
  results.pair = { first: brotliSize(first.bundle), both: brotliSize(Buffer.concat([first.bundle, second.bundle])), second: brotliSize(second.bundle) };
  return results;
}

const KIND_NAMES = { 'full-text': 'default (full text)', prerendered: 'pre-rendered + hydrating', static: 'control: pre-rendered markup, no script' };

/** The section's tables: bytes per page, times per statement, what a bundle is made of, and each script's compile and evaluation. */
export function severalStatementsTable({ conditions, traces, bundles, pair }) {
  // A page that never loaded, or a trace that missed a script, is a broken bench, not a result.
  for (const { name, loads } of conditions) {
    const empty = Object.keys(loads).find((key) => !loads[key].length);
    if (empty) throw new Error(`the several-statements section loaded no "${empty}" page (${name})`);
  }
  for (const [name, pages] of Object.entries(traces)) {
    for (const [pageName, runs] of Object.entries(pages)) {
      if (!runs.length || runs.some((run) => run.length !== bundles.length))
        throw new Error(`the several-statements trace of "${pageName}" (${name}) did not see all ${bundles.length} scripts`);
    }
  }
  const lines = [];
  const first = conditions[0].loads;
  const noneHtml = first.none[0].html;
  lines.push(
    '| statements | snippet | HTML: decoded / gzip | scripts: n, decoded / gzip | transfer, all (headers included) | transfer beyond the page without statements |',
    '|---|---|---|---|---|---|',
  );
  for (const count of COUNTS) {
    for (const kind of KINDS) {
      const { html, scripts } = first[`${kind}-${count}`][0];
      const transfer = html.transfer + scripts.transfer;
      lines.push(
        `| ${count} | ${KIND_NAMES[kind]} | ${kb(html.raw)} / ${kb(html.encoded)} | ${scripts.count}, ${kb(scripts.raw)} / ${kb(scripts.encoded)} | ${kb(transfer)} | ${kb(transfer - noneHtml.transfer)} |`,
      );
    }
  }
  lines.push(
    '',
    `Resource Timing (decodedBodySize, encodedBodySize, transferSize) of one load, gzip from the bench's server. The page without statements: ${kb(noneHtml.raw)} / ${kb(noneHtml.encoded)}.`,
    '',
    '| statements | snippet | condition | text painted, per statement (medians) | last statement painted ÷ control | upgraded, per statement (medians) | last upgraded ÷ the one statement upgraded |',
    '|---|---|---|---|---|---|---|',
  );
  for (const { name, loads } of conditions) {
    const times = (key, index, field) => loads[key].map((load) => load.statements[index][field]);
    for (const count of COUNTS) {
      for (const kind of KINDS) {
        const key = `${kind}-${count}`;
        const indices = [...Array(count).keys()];
        const last = count - 1;
        const ratio = (values, bases) => {
          const ratios = values.map((value, round) => value / bases[round]);
          return `${median(ratios).toFixed(2)}× (${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)})`;
        };
        const each = (field) => `${indices.map((index) => Math.round(median(times(key, index, field)))).join(', ')} ms`;
        const painted = each('text');
        const upgraded = kind === 'static' ? '—' : each('upgraded');
        lines.push(
          `| ${count} | ${KIND_NAMES[kind]} | ${name} | ${painted} | ${kind === 'static' ? '1' : ratio(times(key, last, 'text'), times(`static-${count}`, last, 'text'))} | ${upgraded} | ` +
            `${kind === 'static' ? '—' : ratio(times(key, last, 'upgraded'), times(`${kind}-1`, 0, 'upgraded'))} |`,
        );
      }
    }
  }
  lines.push(
    '',
    `Milliseconds since navigation start, medians over ${conditions[0].loads.none.length} rounds; each round loads the ${Object.keys(first).length} pages in a shuffled order, cold cache, local server. ` +
      "Text painted: end of the frame after the statement's snippet is parsed. Upgraded: end of the first frame after the element rendered or hydrated that statement. Ratios: median (quartiles) of per-round ratios. " +
      "Control: the same page with each statement's pre-rendered markup and no script. Statements in page order: " +
      `${bundles.map(({ id, signatories }) => `${id} (${signatories})`).join(', ')}.`,
    '',
    '| statement (signatories) | bundle: raw / gzip | its statement data: raw / gzip | the rest (Lit, element): raw / gzip |',
    '|---|---|---|---|',
  );
  for (const { id, signatories, bundle, data } of bundles) {
    lines.push(
      `| ${id} (${signatories}) | ${kb(bundle.raw)} / ${kb(bundle.gzip)} | ${kb(data.raw)} / ${kb(data.gzip)} | ${kb(bundle.raw - data.raw)} / ${kb(bundle.gzip - data.gzip)} |`,
    );
  }
  lines.push(
    '',
    `Statement data: JSON.stringify of the compiled statement (compressed sizes do not add exactly). The first two bundles as one text, brotli q11 with a 16 MB window: ${kb(pair.both)}, against ${kb(pair.first)} + ${kb(pair.second)} apart: ` +
      `${kb(pair.first + pair.second - pair.both)} of the second repeats the first (their Lit and element), which two files cannot share.`,
    '',
    '| condition | page | script (page order) | parse + compile, background thread | compile, main thread | run | evaluate (main thread, all) | traced loads |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const [name, pages] of Object.entries(traces)) {
    for (const [pageName, runs] of Object.entries(pages)) {
      for (const path of bundles.map(({ id }) => scriptPath(id, 'joint-statement.js'))) {
        const entries = runs.map((run) => run.find((entry) => entry.path === path));
        const column = (key) => ms(median(entries.map((entry) => entry[key])));
        lines.push(
          `| ${name} | ${pageName} | ${path.replace(/^\/s\//, '')} | ${column('background')} | ${column('compile')} | ${column('run')} | ${column('evaluate')} | ${entries.length} |`,
        );
      }
    }
  }
  lines.push(
    '',
    "Chromium's trace (categories devtools.timeline, v8, disabled-by-default-v8.compile), medians per script: v8.parseOnBackground (the streamed script parsed and compiled off the main thread while it downloads, wall time), " +
      'v8.compile (its main-thread part), v8.run (the top level) and EvaluateScript (all of it on the main thread, with the microtasks after it, where an element waiting for this statement renders). ' +
      'The first script defines <joint-statement>; each later one registers its statement and defines nothing.',
  );
  return lines.join('\n');
}
