#!/usr/bin/env node
// npm run bench: sizes, load-to-paint against static HTML, a 10,000-signatory statement's
// interactions and a leak check, printed as one Markdown table. Builds what it measures in a
// temporary folder (see ../lib/build-bundle.mjs): src/generated/ and dist/ of the checkout are not touched.
// Progress goes to stderr, the table to stdout. BENCH_RAW=1 also prints every sample to stderr.
// BENCH_ONLY=load,interactions,heap,article,series (any of them) runs only those sections, for
// quicker iterations; the sizes are always measured. BENCH_ARTICLE_ROUNDS=N and
// BENCH_SERIES_ROUNDS=N set the partner article's and the several statements' rounds per
// condition (a shorter run on a busy machine).
// --quick (run by `npm test`): every section end to end with the fewest rounds and a smaller
// long list, no warm-up rounds and no verdicts; it proves the bench runs, its numbers mean nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { closeBrowser, launchBrowser, openPage } from '../lib/browser.mjs';
import { buildBundle } from '../lib/build-bundle.mjs';
import { GZIP_BUDGET_BYTES, gzipSize } from '../lib/bundle-size.mjs';
import { measureHeap } from './measure-heap.mjs';
import { measureInteractions } from './measure-interactions.mjs';
import { measureLoad } from './measure-load.mjs';
import { articlePages, measurePartnerArticle, partnerArticleTable } from './partner-article.mjs';
import { buildSeries, measureSeveralStatements, seriesPages, severalStatementsTable } from './several-statements.mjs';
import { emptyPage, snapshotWidget, staticPage, widgetPage } from './pages.mjs';
import { startServer } from '../lib/server.mjs';
import { kb, median, ms, quantile, shuffle, signed, signedKb, signedMs, signTest } from './stats.mjs';
import { seededRandom, writeSyntheticContent } from '../lib/synthetic-content.mjs';
import { firstStatementFolder } from '../content/statement-folders.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const QUICK = process.argv.includes('--quick');
const SIGNATORIES = QUICK ? 1000 : 10000;
// Interaction pages: at least the first number, up to the second while the time budget allows.
const RUNS = QUICK
  ? { load: 1, loadNetwork: 1, interactions: [1, 1], heap: 1, heapNoWarmUp: 1, article: 1, articleClicks: 1, series: 1, seriesTraces: 1 }
  : {
      load: 21,
      loadNetwork: 11,
      interactions: [5, 7],
      heap: 5,
      heapNoWarmUp: 3,
      article: Number(process.env.BENCH_ARTICLE_ROUNDS) || 15,
      articleClicks: 10,
      series: Number(process.env.BENCH_SERIES_ROUNDS) || 8,
      seriesTraces: 5,
    };
// The untimed round before the timed ones: the quick pass has no use for it.
const FIRST_ROUND = QUICK ? 0 : -1;
// A good mobile connection: every request pays a round trip, and bytes take time to arrive.
const NETWORK = { latency: 50, downloadThroughput: (4e6 / 8) | 0, uploadThroughput: (1e6 / 8) | 0 };
const networkText = `${NETWORK.latency} ms latency, ${(NETWORK.downloadThroughput * 8) / 1e6} Mbit/s down`;
// V8 warms up on its own as functions get called: around a function's 8th call it allocates
// the function's feedback vector (lazy feedback allocation), and hot functions are compiled by
// Sparkplug (baseline), Maglev and TurboFan. These flags switch both off, so whatever the heap
// still gains between two readings is what the page keeps.
const NO_WARM_UP_FLAGS = '--js-flags=--no-sparkplug --no-maglev --no-turbofan --no-lazy-feedback-allocation';
const INTERACTION_BUDGET_MS = 120 * 1000; // since the start, builds included
// The language switch with every name shown has frozen the page for many seconds: stop waiting.
const SWITCH_CAP_MS = 3000;
const CYCLES = QUICK ? { few: 2, many: 20 } : { few: 10, many: 1000 };
// Unaccented on purpose: it must find "Memória e Verdade" as well as "Memoria y Justicia".
const TYPED = 'memoria';
const GOALS = { gzipBudget: GZIP_BUDGET_BYTES, loadRatio: 1.25, expandMs: 100 };
// The partner-article section alone loads some 350 pages, a few seconds each under emulation,
// and the several-statements section some 250.
// Measuring time allowed after the builds; BENCH_WATCHDOG_MINUTES gives a busy machine more.
const WATCHDOG_MS = (Number(process.env.BENCH_WATCHDOG_MINUTES) || (QUICK ? 10 : 60)) * 60 * 1000;

const SECTIONS = ['load', 'interactions', 'heap', 'article', 'series'];
const only = process.env.BENCH_ONLY?.split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknownSection = only?.find((name) => !SECTIONS.includes(name));
if (unknownSection) {
  process.stderr.write(`BENCH_ONLY: no section "${unknownSection}"; use any of ${SECTIONS.join(', ')}\n`);
  process.exit(2);
}
const runs = (section) => !only?.length || only.includes(section);

const startedAt = Date.now();
const log = (message) => process.stderr.write(`[bench ${((Date.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
const raw = (label, value) => process.env.BENCH_RAW && process.stderr.write(`  raw ${label}: ${JSON.stringify(value)}\n`);

function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSize(buffer),
    brotli: brotliCompressSync(buffer, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}
const sizeText = (s) => `${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}`;
const minus = (a, b) => ({ raw: a.raw - b.raw, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli });

async function machine(browser) {
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');
  return (
    `Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB; ` +
    `Node ${process.version}; ${(await browser.version()).replace('/', ' ')} headless; ` +
    `load average ${load} (1/5/15 min, at start); ${new Date().toISOString()}`
  );
}

async function main(state) {
  state.tmp = mkdtempSync(join(os.tmpdir(), 'joint-statement-bench-'));
  const { tmp } = state;

  log(`building the seed statement${runs('series') ? ' with four more' : ''} and a ${SIGNATORIES.toLocaleString('en')}-signatory one in ${tmp}`);
  const syntheticDir = writeSyntheticContent(join(tmp, `content-${SIGNATORIES}`), { count: SIGNATORIES });
  const [series, big, seedComplete] = await Promise.all([
    // The seed first, and for the several-statements section four more of one release (the
    // seed's bundle is the same byte for byte whichever statements are built beside it).
    buildSeries(root, tmp, runs('series') ? undefined : 1),
    buildBundle(root, join(tmp, `build-${SIGNATORIES}`), syntheticDir),
    // The seed with all the code, as if it were not specialised to its seven names: for the sizes.
    buildBundle(root, join(tmp, 'build-seed-complete'), firstStatementFolder(root), { specialise: false }),
  ]);
  const seed = series.statements[0];
  const seedCount = seed.statement.signatories.length;
  const bigCount = big.statement.signatories.length;
  const size = {
    seed: sizes(seed.bundle),
    seedComplete: sizes(seedComplete.bundle),
    seedHydrating: sizes(seed.hydrating),
    seedContent: sizes(Buffer.from(JSON.stringify(seed.statement))),
    big: sizes(big.bundle),
    bigContent: sizes(Buffer.from(JSON.stringify(big.statement))),
  };

  const canonical = seed.statement.canonicalUrl;
  const files = new Map([
    ['/seed.js', seed.bundle],
    ['/big.js', big.bundle],
    ['/widget-seed.html', widgetPage('/seed.js', canonical)],
    // The same page under another address: the difference between two identical pages is the noise.
    ['/widget-seed-twin.html', widgetPage('/seed.js', canonical)],
    ['/widget-big.html', widgetPage('/big.js', canonical)],
    ['/empty.html', emptyPage('/seed.js')],
    ...articlePages(seed),
    ...(runs('series') ? seriesPages(series) : []),
  ]);
  state.server = await startServer(files);
  const url = (path) => `${state.server.origin}${path}`;

  startWatchdog();
  log('starting Chromium');
  state.browser = await launchBrowser();
  const browser = state.browser;
  const machineLine = await machine(browser);

  // The static twin: the widget's rendered shadow tree and CSS as declarative shadow DOM.
  const load = { static: [], seed: [], twin: [], big: [] };
  const loadNetwork = { static: [], seed: [] };
  if (runs('load')) {
    const shownText = () =>
      [...document.querySelector('joint-statement').shadowRoot.childNodes]
        .filter((node) => node.nodeName !== 'STYLE')
        .map((node) => node.textContent)
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
    const page = await openPage(browser);
    try {
      await page.goto(url('/widget-seed.html'), { waitUntil: 'load' });
      await page.evaluate(() => window.__painted);
      const widgetText = await page.evaluate(shownText);
      files.set('/static-seed.html', staticPage(await page.evaluate(snapshotWidget), canonical));
      await page.goto(url('/static-seed.html'), { waitUntil: 'load' });
      if ((await page.evaluate(shownText)) !== widgetText) throw new Error('the static page does not show the same text as the widget');
    } finally {
      await page.close().catch(() => {});
    }
  }

  // Load → paint: rounds of the four pages in a shuffled order, after one untimed warm-up round.
  const pages = { static: '/static-seed.html', seed: '/widget-seed.html', twin: '/widget-seed-twin.html', big: '/widget-big.html' };
  const random = seededRandom(7);
  if (runs('load')) {
    log(`load → paint: ${RUNS.load} rounds of static / ${seedCount} (twice) / ${bigCount} signatories, shuffled`);
    for (let round = FIRST_ROUND; round < RUNS.load; round++) {
      for (const name of shuffle(Object.keys(pages), random)) {
        const result = await measureLoad(browser, url(pages[name]));
        if (round >= 0) load[name].push(result);
      }
    }
    raw('load', load);

    // The same two first pages over an emulated network: context for the ratio above, which a
    // local server flatters (the script's request costs no round trip there).
    log(`load → paint over an emulated network (${networkText}): ${RUNS.loadNetwork} rounds of static / ${seedCount}`);
    for (let round = FIRST_ROUND; round < RUNS.loadNetwork; round++) {
      for (const name of shuffle(['static', 'seed'], random)) {
        const result = await measureLoad(browser, url(pages[name]), { network: NETWORK });
        if (round >= 0) loadNetwork[name].push(result);
      }
    }
    raw('loadNetwork', loadNetwork);
  }

  const [fewest, most] = RUNS.interactions;
  if (runs('interactions')) log(`interactions with ${bigCount} signatories: ${fewest} to ${most} fresh pages`);
  const interactions = [];
  for (let run = 0; runs('interactions') && run < most; run++) {
    const runStart = Date.now();
    interactions.push(await measureInteractions(browser, url('/widget-big.html'), { typed: TYPED, total: bigCount, capMs: SWITCH_CAP_MS }));
    const runTime = Date.now() - runStart;
    if (run + 1 >= fewest && Date.now() + runTime - startedAt > INTERACTION_BUDGET_MS) break;
  }
  raw('interactions', interactions);

  if (runs('heap')) log(`heap: ${RUNS.heap} fresh pages × ${2 * CYCLES.many} create/attach/detach cycles`);
  const heap = [];
  for (let run = 0; runs('heap') && run < RUNS.heap; run++) heap.push(await measureHeap(browser, url('/empty.html'), CYCLES));
  raw('heap', heap);

  // The same cycles with V8's warm-up switched off: what still grows then is neither compiled
  // code nor feedback. Its own browser, so the flags touch nothing else.
  const heapNoWarmUp = [];
  if (runs('heap')) {
    log(`heap without V8's warm-up: ${RUNS.heapNoWarmUp} fresh pages, ${NO_WARM_UP_FLAGS}`);
    state.noWarmUpBrowser = await launchBrowser([NO_WARM_UP_FLAGS]);
    for (let run = 0; run < RUNS.heapNoWarmUp; run++) heapNoWarmUp.push(await measureHeap(state.noWarmUpBrowser, url('/empty.html'), CYCLES));
    await closeBrowser(state.noWarmUpBrowser);
    state.noWarmUpBrowser = undefined;
    raw('heapNoWarmUp', heapNoWarmUp);
  }

  const article = runs('article')
    ? await measurePartnerArticle(browser, url, { rounds: RUNS.article, clicks: RUNS.articleClicks, network: NETWORK, random, log, quick: QUICK })
    : undefined;
  raw('article', article);

  const several = runs('series')
    ? await measureSeveralStatements(browser, url, series, { rounds: RUNS.series, traces: RUNS.seriesTraces, random, log, quick: QUICK })
    : undefined;
  raw('series', several);

  return { machineLine, seedCount, bigCount, size, load, loadNetwork, interactions, heap, heapNoWarmUp, article, several };
}

/**
 * The bench's Markdown table: one row per measure, each section adding the rows it measured.
 * A section that ran and added no row is a broken bench, not an empty result: it throws.
 */
function table(results) {
  const rows = [];
  const row = (measure, value, goal, verdict, how) => rows.push([measure, value, goal, QUICK ? 'not judged (quick pass)' : verdict, how]);
  const sections = { sizes: sizeRows, load: loadRows, interactions: interactionRows, heap: heapRows };
  for (const [name, section] of Object.entries(sections)) {
    const before = rows.length;
    section(results, row);
    if ((name === 'sizes' || runs(name)) && rows.length === before) throw new Error(`the bench's ${name} section measured nothing`);
  }
  const escape = (cell) => String(cell).replace(/\|/g, '\\|');
  return ['| measure | value | goal | verdict | how |', '|---|---|---|---|---|', ...rows.map((cells) => `| ${cells.map(escape).join(' | ')} |`)].join('\n');
}

const pick = (list, key) => list.map((entry) => entry[key]);

function sizeRows({ seedCount, bigCount, size }, row) {
  const big = bigCount.toLocaleString('en');
  row(
    `bundle, ${seedCount} signatories (raw / gzip / brotli)`,
    sizeText(size.seed),
    `≤ ${kb(GOALS.gzipBudget)} gzip`,
    size.seed.gzip <= GOALS.gzipBudget ? 'PASS' : 'FAIL',
    'node:zlib gzip -9, brotli q11; budget from scripts/lib/bundle-size.mjs, enforced by test/node/bundle.test.mjs',
  );
  row(
    `what specialisation removed, ${seedCount} signatories`,
    sizeText(minus(size.seedComplete, size.seed)),
    '—',
    'info',
    `the same bundle built with all its code (JOINT_STATEMENT_SPECIALISE=0: ${sizeText(size.seedComplete)}) minus the one specialised to ${seedCount} names (no filter, search or paced growth)`,
  );
  row(
    `hydrating bundle for pre-rendered snippets, ${seedCount} signatories`,
    sizeText(size.seedHydrating),
    `≤ ${kb(GOALS.gzipBudget)} gzip`,
    size.seedHydrating.gzip <= GOALS.gzipBudget ? 'PASS' : 'FAIL',
    'dist/joint-statement-hydrate.js; budget from scripts/lib/bundle-size.mjs, enforced by test/node/bundle.test.mjs',
  );
  row(
    `what hydration adds`,
    sizeText(minus(size.seedHydrating, size.seed)),
    '—',
    'info',
    'hydrating bundle minus the plain one: @lit-labs/ssr-client hydrate support and the hook containment',
  );
  row(`content alone, ${seedCount} signatories`, sizeText(size.seedContent), '—', 'info', 'JSON.stringify of the compiled statement module');
  row(
    `runtime overhead (bundle − content), ${seedCount}`,
    sizeText(minus(size.seed, size.seedContent)),
    '—',
    'info',
    'Lit + element code (compressed sizes do not add exactly)',
  );
  row(`bundle, ${big} signatories`, sizeText(size.big), '—', 'info', 'synthetic content, same pipeline');
  row(`content alone, ${big} signatories`, sizeText(size.bigContent), '—', 'info', 'JSON.stringify of the compiled statement module');
  row(
    `runtime overhead (bundle − content), ${big}`,
    sizeText(minus(size.big, size.bigContent)),
    '—',
    'info',
    'should match the line above: the code does not grow with the list',
  );
}

function loadRows({ seedCount, bigCount, size, load, loadNetwork }, row) {
  if (!load.seed.length) return;
  const big = bigCount.toLocaleString('en');
  // Load → paint, widget vs static twin. Per round, both pages load within seconds of each
  // other: drifting machine load cancels out of the ratio.
  const widgetVsStatic = (set, key) => {
    const widgetTimes = pick(set.seed, key);
    const staticTimes = pick(set.static, key);
    const ratios = widgetTimes.map((time, round) => time / staticTimes[round]);
    const deltas = widgetTimes.map((time, round) => time - staticTimes[round]);
    return {
      ratio: median(ratios),
      rounds: ratios.length,
      text: `${median(ratios).toFixed(2)}× (quartiles ${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}; ${ms(median(widgetTimes))} vs ${ms(median(staticTimes))}; Δ ${signedMs(median(deltas))} median per round)`,
    };
  };
  const probes = [
    ['LCP', 'lcp', 'largest-contentful-paint renderTime (last entry), since navigation start'],
    ['rAF', 'raf', 'rAF + MessageChannel after the text is in the DOM, since navigation start'],
  ];
  for (const [probe, key, how] of probes) {
    const { ratio, rounds, text } = widgetVsStatic(load, key);
    row(
      `navigation → text painted, widget ÷ static HTML (${probe} probe)`,
      text,
      `≤ ${GOALS.loadRatio.toFixed(2)}×`,
      ratio <= GOALS.loadRatio ? 'PASS' : 'FAIL',
      `${how}; static = the widget's rendered shadow tree as declarative shadow DOM, no script; median of ${rounds} per-round ratios, cold cache, pages shuffled within each round, gzip from a local server`,
    );
  }
  for (const [probe, key] of probes) {
    const { rounds, text } = widgetVsStatic(loadNetwork, key);
    row(
      `navigation → text painted, widget ÷ static HTML, emulated network (${probe} probe)`,
      text,
      '—',
      'info',
      `the same two pages with Chromium's network emulation (CDP Network.emulateNetworkConditions, ${networkText}): the script's request pays a round trip and its ${kb(size.seed.gzip)} as it would on a partner's page; median of ${rounds} per-round ratios`,
    );
  }

  // 10,000 vs seed, compared round by round; the twin (the seed page again) shows how far
  // apart two identical pages land on this machine. From navigation, the 10,000-name page
  // also transfers and parses a file 20 times larger: that is reported, but the goal (collapsed
  // rendering does not touch the whole list) is judged from the element's definition on.
  const compare = (times) => {
    const seedTimes = times(load.seed);
    const bigTimes = times(load.big);
    const deltas = bigTimes.map((time, round) => time - seedTimes[round]);
    const noise = quantile(
      times(load.twin).map((time, round) => Math.abs(time - seedTimes[round])),
      0.75,
    );
    const delta = median(deltas);
    const slower = deltas.filter((value) => value > 0).length;
    const faster = deltas.filter((value) => value < 0).length;
    const p = signTest(slower, faster);
    return {
      value:
        `${median(bigTimes.map((time, round) => time / seedTimes[round])).toFixed(2)}× (${ms(median(bigTimes))} vs ${ms(median(seedTimes))}); ` +
        `Δ ${signedMs(delta)} median per round, slower in ${slower} of ${deltas.length} rounds`,
      // Only slower fails: the question is whether the long list costs anything.
      verdict:
        delta > noise
          ? `FAIL (Δ > noise ${ms(noise)})`
          : slower > faster && p < 0.05
            ? `FAIL (within noise ${ms(noise)} but systematically slower, sign test p = ${p.toFixed(3)})`
            : `PASS (noise ${ms(noise)}${delta < 0 ? '; faster' : ''}, sign test p = ${p.toFixed(2)})`,
    };
  };
  const judged =
    `noise = 75th percentile of |twin − seed| per round, the twin being the ${seedCount}-signatory page again; ` +
    'fails when the median Δ is above the noise, or when the long list is slower in a systematic way (two-sided sign test on the per-round Δ, p < 0.05); being faster does not fail';
  for (const [probe, key] of probes) {
    const fromNavigation = compare((runs) => pick(runs, key));
    row(
      `navigation → text painted, ${big} ÷ ${seedCount} signatories (${probe} probe)`,
      fromNavigation.value,
      '—',
      `info (${fromNavigation.verdict.replace(/ \(.*/, '')} against "same within noise")`,
      `as above, same rounds; includes transferring and parsing the ${kb(size.big.raw)} file instead of ${kb(size.seed.raw)} (gzip from a local server: ${kb(size.big.gzip)} and ${kb(size.seed.gzip)} on the wire); ${judged}`,
    );
    const afterScript = compare((runs) => runs.map((run) => run[key] - run.defined));
    row(
      `initial render, ${big} ÷ ${seedCount} signatories (${probe} probe)`,
      afterScript.value,
      'same within noise',
      afterScript.verdict,
      `customElements.define('joint-statement') called (the file has arrived and its top level has run) → text painted, same rounds; ${judged}`,
    );
  }
}

function interactionRows({ bigCount, interactions }, row) {
  if (!interactions.length) return;
  const big = bigCount.toLocaleString('en');
  const expand = pick(interactions, 'expand');
  row(
    `expand the full list (${big}): next frame`,
    `${ms(median(expand))} (max ${ms(Math.max(...expand))})`,
    `≤ ${GOALS.expandMs} ms median`,
    median(expand) <= GOALS.expandMs ? 'PASS' : 'FAIL',
    `puppeteer click on [part="toggle"]; click event timeStamp → end of the next frame (rAF + MessageChannel); median of ${expand.length} pages`,
  );
  const complete = pick(interactions, 'expandComplete').filter(Boolean);
  row(
    `expand the full list (${big}): every name in the DOM`,
    complete.length
      ? `${ms(median(pick(complete, 'elapsed')))} over ${median(pick(complete, 'frames'))} frames; frame median ${ms(median(pick(complete, 'typical')))}, longest ${ms(median(pick(complete, 'longest')))}; ${median(pick(complete, 'over50'))} frames over 50 ms`
      : 'n/a (the list never held every name)',
    'none set',
    'info',
    `same click, to the end of the first frame with ${big} <li> in #signatory-list; frames = gaps between frame ends meanwhile, per page, then the median over pages`,
  );
  const switchCollapsed = pick(interactions, 'switchCollapsed');
  row(
    `language switch, ${big}, list collapsed`,
    `${ms(median(switchCollapsed))} (max ${ms(Math.max(...switchCollapsed))})`,
    'none set',
    'info',
    `puppeteer click on a [part="switcher"] button (en → es) → end of the next frame; median of ${switchCollapsed.length} pages`,
  );
  const switchExpanded = pick(interactions, 'switchExpanded');
  const capped = switchExpanded.filter((result) => result.capped).length;
  // A capped run took longer than the cap: for the median it counts as "at least the cap".
  const switchTimes = switchExpanded.map((result) => (result.capped ? Infinity : result.elapsed));
  const switchMedian = median(switchTimes);
  row(
    `language switch, ${big}, list expanded`,
    Number.isFinite(switchMedian)
      ? `${ms(switchMedian)} (max ${capped ? `> ${ms(SWITCH_CAP_MS)}` : ms(Math.max(...switchTimes))})`
      : `> ${ms(SWITCH_CAP_MS)} in ${capped} of ${switchExpanded.length} pages (stopped waiting; the page was still frozen)`,
    'none set',
    'info',
    `es → pt with all ${big} names shown (after the filter is cleared), click → end of the next frame, waiting at most ${ms(SWITCH_CAP_MS)}; median of ${switchExpanded.length} pages`,
  );
  const keystrokes = interactions.flatMap((run) => run.keystrokes);
  const firstKeys = interactions.filter((run) => run.keystrokes.length).map((run) => run.keystrokes[0]);
  const filterResult = interactions.find((run) => run.filterResult)?.filterResult;
  if (keystrokes.length && filterResult) {
    row(
      `filter keystroke, ${big} (expanded, es)`,
      `${ms(median(keystrokes))} median, p90 ${ms(quantile(keystrokes, 0.9))}, max ${ms(Math.max(...keystrokes))}; first key ${ms(median(firstKeys))}`,
      'none set',
      filterResult.visible > 0 ? 'info' : 'FAIL (nothing matched)',
      `puppeteer keyboard.type of "${TYPED}" one key at a time into the focused [part="filter"]; keydown timeStamp → end of the frame after the input event; ` +
        `${keystrokes.length} keys over ${firstKeys.length} pages; "${filterResult.value}" left ${filterResult.visible} names visible ("${filterResult.count}")`,
    );
  } else {
    row(`filter keystroke, ${big}`, 'n/a (no filter in this build)', 'none set', 'n/a', 'no [part="filter"] in the expanded shadow root');
  }
}

function heapRows({ seedCount, heap, heapNoWarmUp }, row) {
  if (!heap.length) return;
  const heapAt = (point) => pick(pick(heap, point), 'heap');
  const growth = heap.map((run) => run.after1000.heap - run.after10.heap);
  const secondGrowth = heap.map((run) => run.after2000.heap - run.after1000.heap);
  const nodeGrowth = heap.map((run) => run.after2000.nodes - run.after10.nodes);
  const listenerGrowth = heap.map((run) => run.after2000.listeners - run.after10.listeners);
  // Noise: the larger of re-reading with nothing in between and the spread of the first
  // reading across pages.
  const noiseOf = (runs) => {
    const reread = Math.max(...runs.map((run) => Math.abs(run.again.heap - run.after10.heap)));
    const first = runs.map((run) => run.after10.heap);
    return { reread, noise: Math.max(reread, Math.max(...first) - Math.min(...first)) };
  };
  const { reread: readNoise, noise: heapNoise } = noiseOf(heap);
  const extraCycles = CYCLES.many - CYCLES.few;
  row(
    `JS heap after ${CYCLES.many} vs ${CYCLES.few} create/attach/detach cycles`,
    `${signedKb(median(growth))} (${kb(median(heapAt('after10')))} → ${kb(median(heapAt('after1000')))}; ${(median(growth) / extraCycles).toFixed(0)} B/cycle)`,
    'no growth beyond noise',
    median(growth) <= heapNoise ? `PASS (noise ${kb(heapNoise)})` : `FAIL (noise ${kb(heapNoise)}; see the rows below)`,
    `createElement + append + await updateComplete + remove, on a page with the ${seedCount}-signatory bundle; CDP HeapProfiler.collectGarbage ×3 then Runtime.getHeapUsage (usedSize); ` +
      `noise = larger of re-reading with nothing in between (${kb(readNoise)}) and the spread of the ${CYCLES.few}-cycle heap across pages; median of ${heap.length} pages`,
  );
  // What grew: a leak adds objects the page can reach; V8 warming up adds compiled code and
  // its own bookkeeping, once.
  const kindGrowth = (kind) => median(heap.map((run) => run.after1000.kinds[kind] - run.after10.kinds[kind]));
  const objectGrowth = kindGrowth('objects');
  row(
    `JS heap after ${CYCLES.many} vs ${CYCLES.few} cycles, by kind`,
    `objects ${signedKb(objectGrowth)}; compiled code ${signedKb(kindGrowth('code'))}; V8's own structures ${signedKb(kindGrowth('engine'))}`,
    'objects: no growth beyond noise',
    objectGrowth <= heapNoise ? `PASS (noise ${kb(heapNoise)})` : `FAIL (noise ${kb(heapNoise)})`,
    'HeapProfiler.takeHeapSnapshot at both points, self sizes summed by node type: "code" = bytecode and optimised machine code; "system / …" = maps, weak lists, feedback; objects = the rest of the JS heap (objects, closures, strings, arrays); median of the per-page differences',
  );
  if (heapNoWarmUp.length) {
    const noWarmUpGrowth = median(heapNoWarmUp.map((run) => run.after1000.heap - run.after10.heap));
    const noWarmUpNoise = noiseOf(heapNoWarmUp).noise;
    row(
      `JS heap after ${CYCLES.many} vs ${CYCLES.few} cycles, V8's warm-up off`,
      `${signedKb(noWarmUpGrowth)} (${kb(median(heapNoWarmUp.map((run) => run.after10.heap)))} → ${kb(median(heapNoWarmUp.map((run) => run.after1000.heap)))}; ` +
        `objects ${signedKb(median(heapNoWarmUp.map((run) => run.after1000.kinds.objects - run.after10.kinds.objects)))}), ` +
        `then ${signedKb(median(heapNoWarmUp.map((run) => run.after2000.heap - run.after1000.heap)))} over the next ${CYCLES.many}`,
      'no growth beyond noise',
      noWarmUpGrowth <= noWarmUpNoise ? `PASS (noise ${kb(noWarmUpNoise)})` : `FAIL (noise ${kb(noWarmUpNoise)})`,
      `the same cycles and readings in a Chromium started with ${NO_WARM_UP_FLAGS}: no function is compiled beyond bytecode, and each function gets its feedback vector on its first call instead of around its 8th, so what grows is what the page keeps; median of ${heapNoWarmUp.length} pages`,
    );
  }
  // A leak grows by the same amount per cycle; warm-up levels off. The second thousand tells.
  const ratio = median(secondGrowth) / Math.max(median(growth), 1);
  const leaking = median(nodeGrowth) >= extraCycles / 10 || median(listenerGrowth) >= extraCycles / 10 || (median(secondGrowth) > heapNoise && ratio > 0.5);
  row(
    `leak check: cycles ${CYCLES.many + 1}–${2 * CYCLES.many}`,
    `heap ${signedKb(median(secondGrowth))} (${Math.round(ratio * 100)} % of the first ${CYCLES.many}), of which objects ${signedKb(median(heap.map((run) => run.after2000.kinds.objects - run.after1000.kinds.objects)))}; DOM nodes ${signed(median(nodeGrowth))}, JS event listeners ${signed(median(listenerGrowth))} over all ${2 * CYCLES.many}`,
    'no per-cycle growth',
    leaking ? 'FAIL (grows with every cycle)' : 'PASS (growth levels off: one-off warm-up, not per element)',
    `${CYCLES.many} more cycles on the same pages; Memory.getDOMCounters; a leak keeps growing (> 50 % of the first thousand's growth, or ≥ 1 node or listener per 10 cycles)`,
  );
}

const state = {};
let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  await closeBrowser(state.browser).catch(() => {});
  await closeBrowser(state.noWarmUpBrowser).catch(() => {});
  await state.server?.close().catch(() => {});
  if (state.tmp) rmSync(state.tmp, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`${signal}: cleaning up`);
    cleanup().finally(() => process.exit(130));
  });
}
// Started once the builds are done (each has its own timeout): on a busy machine they alone
// can take minutes, and the watchdog is for a browser that stops answering.
let watchdog;
function startWatchdog() {
  watchdog = setTimeout(() => {
    log(`still measuring after ${WATCHDOG_MS / 60000} minutes: giving up`);
    cleanup().finally(() => process.exit(1));
  }, WATCHDOG_MS);
}

try {
  const results = await main(state);
  if (runs('article') && !results.article?.conditions.length) throw new Error("the bench's article section measured nothing");
  if (runs('series') && !results.several?.conditions.length) throw new Error("the bench's series section measured nothing");
  const output = [
    `## npm run bench${QUICK ? ' -- --quick (numbers not meaningful: one round each)' : ''} — <joint-statement>`,
    '',
    results.machineLine,
    '',
    table(results),
    '',
    ...(results.article
      ? ['### Partner article: Core Web Vitals per snippet', '', partnerArticleTable(results.article, { networkText, judge: !QUICK }), '']
      : []),
    ...(results.several ? ['### Several statements on one page', '', severalStatementsTable(results.several), ''] : []),
    `Medians of the runs given in "how"; absolute times are context only (shared 2-core machine), ratios are measured within one run. Bench took ${Math.round((Date.now() - startedAt) / 1000)} s.`,
  ].join('\n');
  await cleanup();
  process.stdout.write(`${output}\n`);
} catch (error) {
  log(`failed: ${error?.stack ?? error}`);
  await cleanup();
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
}
