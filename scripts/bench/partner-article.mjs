// The bench's partner-article section: what partners are judged by (Core Web Vitals) on a
// realistic article — a header, an h1, two paragraphs, the snippet, 3,000 px of article below —
// for each snippet kind, on desktop and mobile, over a local server and an emulated network.
//
// Per page load, in the page:
// - CLS: every layout-shift entry summed. Chromium's mobile emulation marks shifts as
//   hadRecentInput without any input (a known Chromium bug), so none is left out.
// - LCP: the last largest-contentful-paint entry.
// - widget text painted: the end of the first frame showing the widget's own rendered text —
//   the frame after the snippet is parsed when it carries the render (declarative shadow DOM),
//   else the frame after the element's first update.
// - FCP: the first-contentful-paint entry.
// - statement text painted: the end of the first frame showing the statement's words, the
//   fallback's or the widget's: the frame after the snippet is parsed, for every snippet that
//   carries its text (a bundle that arrives before that frame runs before it, and is counted).
// Then, apart: interaction to next paint on a phone at 4× CPU (Event Timing, the language switch
// and "Show all"), and the scrolled reader (the script held back, the page scrolled into the
// full text before it arrives: how far the paragraph being read moves as it upgrades).
// Per round, every page of a condition loads once, in a shuffled order; ratios are taken within
// the round (drifting machine load cancels out) and summarised by medians and quartiles.
import { openPage, sleep } from '../lib/browser.mjs';
import { snippetFor } from '../../src/snippets/index.js';
import { sriHash } from '../lib/embed-entry.mjs';
import { partnerPage, settle } from './pages.mjs';
import { median, ms, quantile, shuffle } from './stats.mjs';

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 375, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};
const CPU_SLOWDOWN = 4;
/** Per viewport: no throttling; 4× CPU; 4× CPU and the emulated network. */
const CONDITIONS = ['local', 'cpu', 'network'];
const ARTICLE_GOALS = { cls: 0.001, paintRatio: 1.05, inpMs: 50 };

const probes = `<script>
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__shifts.push(entry.value);
}).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntriesByName('first-contentful-paint')) window.__fcp = entry.startTime;
}).observe({ type: 'paint', buffered: true });
window.__lcp = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__lcp.push(entry.renderTime || entry.startTime);
}).observe({ type: 'largest-contentful-paint', buffered: true });
window.__afterNextFrame = (callback) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback(performance.now());
  channel.port2.postMessage(0);
});
window.__widgetPainted = new Promise((resolve) => { window.__markWidgetPainted = resolve; });
window.__textPainted = new Promise((resolve) => { window.__markTextPainted = resolve; });
</script>`;

// Right after the snippet: it sees the element as parsed.
const widgetProbe = `<script>
(() => {
  window.__afterNextFrame(window.__markTextPainted);
  const el = document.querySelector('joint-statement');
  if (!el) return window.__afterNextFrame(window.__markWidgetPainted);
  if (el.shadowRoot) return window.__afterNextFrame(window.__markWidgetPainted);
  customElements.whenDefined('joint-statement').then(() => el.updateComplete).then(() => window.__afterNextFrame(window.__markWidgetPainted));
})();
</script>`;

const paragraph = (n) =>
  `<p>Paragraph ${n} of the partner's own article. Coalitions of human rights organisations publish joint statements so that each member can show the same words to its own readers, in its own pages, next to its own reporting and analysis of the situation.</p>`;

function article(title, snippet) {
  return partnerPage({
    title,
    head: probes,
    style: '.below { min-height: 3000px; }\n',
    body: `<h1>Our coalition's statement on Venezuela</h1>
${paragraph(1)}
${paragraph(2)}
${snippet}
${widgetProbe}
<div class="below">${Array.from({ length: 12 }, (_, i) => paragraph(i + 3)).join('\n')}</div>`,
  });
}

/**
 * The pages, by kind: the article without the widget; with each snippet kind; with the static
 * copy (the pre-rendered widget with no script: the physical limit); and two controls that
 * say what the limit is made of: the statement as the article's own plain paragraphs (no
 * widget, no script), and the static copy plus one empty deferred script (what requesting any
 * script costs). The offered kinds are the snippets partners paste (src/snippets/),
 * self-hosted here so that the bench's server sends the scripts, with their integrity.
 * @param {{ bundle: Buffer, hydrating: Buffer, prerendered: string, fullText: string, statement: object }} seed
 *   `prerendered` and `fullText` are in the statement's original language
 */
export function articlePages({ bundle, hydrating, prerendered, fullText, statement }) {
  const { canonicalUrl, original } = statement;
  // What snippetFor reads of dist/embed.json: the files and the language the parts are in.
  const embed = {
    version: 'bench',
    id: statement.id,
    script: { url: '/seed.js', integrity: sriHash(bundle) },
    hydrate: { url: '/seed-hydrate.js', integrity: sriHash(hydrating) },
    original,
    languages: [original],
  };
  const snippet = (kind, selfHostedUrl) => snippetFor(embed, { kind, delivery: 'self', selfHostedUrl }, { prerendered, fullText });
  const prerenderedSnippet = snippet('prerendered', '/seed-hydrate.js');
  return new Map([
    ['/seed.js', bundle],
    ['/seed-hydrate.js', hydrating],
    ['/article-none.html', article('no widget', '')],
    [
      '/article-link.html',
      article(
        'link snippet',
        `<script src="/seed.js" defer></script>\n<joint-statement><a href="${canonicalUrl}">Read the joint statement on Venezuela</a></joint-statement>`,
      ),
    ],
    ['/article-full-text.html', article('full-text snippet', snippet('full-text', '/seed.js').code)],
    ['/article-prerendered.html', article('pre-rendered snippet', prerenderedSnippet.code)],
    ['/article-static.html', article('static copy', prerenderedSnippet.markup)],
    ['/article-plain-text.html', article('the statement as plain paragraphs', `<div>${fullText}</div>`)],
    ['/article-static-empty-script.html', article('static copy and a no-op script', `<script src="/noop.js" defer></script>\n${prerenderedSnippet.markup}`)],
    // What requesting a script of the bundle's size costs a page: the bundle's bytes in a comment.
    ['/noop.js', `/*${bundle.toString().replaceAll('*/', '* /')}*/\n`],
  ]);
}

const SNIPPET_KINDS = ['link', 'full-text', 'prerendered'];
const CONTROLS = ['static', 'plain-text', 'static-empty-script'];
const KINDS = ['none', ...SNIPPET_KINDS, ...CONTROLS];
/** The snippets partners are offered. */
const TAPPED_KINDS = ['full-text', 'prerendered'];

async function emulate(page, viewport, network, cpu = Boolean(network)) {
  await page.setViewport(VIEWPORTS[viewport]);
  const session = await page.createCDPSession();
  if (network) {
    await session.send('Network.enable');
    await session.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  if (cpu) await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return session;
}

/** One load: CLS, FCP, LCP, statement text and widget text painted, in ms since navigation start. */
async function measureArticleLoad(browser, url, { viewport, network, cpu, timeoutMs = 30000 }) {
  const page = await openPage(browser, { timeoutMs });
  try {
    await emulate(page, viewport, network, cpu);
    await page.goto(url, { waitUntil: 'load' });
    const widgetPainted = await page.evaluate(() => window.__widgetPainted);
    const textPainted = await page.evaluate(() => window.__textPainted);
    // Shifts after the upgrade (a language switch after hydrating, say) must be counted too.
    await settle(page, 300);
    const { shifts, lcp, fcp } = await page.evaluate(() => ({ shifts: window.__shifts, lcp: window.__lcp, fcp: window.__fcp }));
    return { cls: shifts.reduce((sum, value) => sum + value, 0), shifts: shifts.length, fcp, lcp: lcp.at(-1), widgetPainted, textPainted };
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * The buttons a reader taps, in the widget's shadow root. The control is the same tap on the
 * shown language's own button, which changes nothing: what any tap on the widget costs on this
 * machine (input delay, hover and press states, the next frame) before the element's work.
 */
const INTERACTIONS = {
  'language switch': '[part="language-button"][lang="es"]',
  '"Show all"': '[part="toggle"]',
  'control: the shown language tapped again (nothing to update)': '[part="language-button"][aria-pressed="true"]',
};

/**
 * One tap on a phone at 4× CPU, 1 s after the widget upgraded: its interaction to next paint as
 * Event Timing reports it (the longest event of the interaction, start to next paint) and its
 * input delay (start to the first listener).
 */
async function measureInteraction(browser, url, selector, { timeoutMs = 30000 }) {
  const page = await openPage(browser, { timeoutMs });
  try {
    const session = await emulate(page, 'mobile');
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => customElements.whenDefined('joint-statement').then(() => document.querySelector('joint-statement').updateComplete));
    await settle(page, 1000);
    await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.evaluate(() => {
      window.__events = [];
      new PerformanceObserver((list) => window.__events.push(...list.getEntries().filter((entry) => entry.interactionId))).observe({
        type: 'event',
        durationThreshold: 16,
      });
    });
    const button = (
      await page.evaluateHandle((selector) => document.querySelector('joint-statement').shadowRoot.querySelector(selector), selector)
    ).asElement();
    if (!button) throw new Error(`no ${selector} in the widget`);
    await button.tap();
    await settle(page, 300);
    const events = await page.evaluate(() =>
      window.__events.map(({ duration, startTime, processingStart, processingEnd }) => ({
        duration,
        delay: processingStart - startTime,
        processing: processingEnd - processingStart,
      })),
    );
    // Under the 16 ms threshold Event Timing reports nothing: the tap answered within it.
    return events.length
      ? {
          inp: Math.max(...events.map((e) => e.duration)),
          delay: Math.max(...events.map((e) => e.delay)),
          processing: events.reduce((sum, e) => sum + e.processing, 0),
        }
      : { inp: 16, delay: 0, processing: 0 };
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * The scrolled reader: the full-text snippet's script held back 2 s, the page scrolled before it
 * arrives so that the statement's second paragraph sits 120 px from the top; returns how far that
 * paragraph moved on screen when the fallback became the widget.
 */
async function measureScrolledReader(browser, url, viewport, { timeoutMs = 30000 } = {}) {
  const page = await openPage(browser, { timeoutMs });
  try {
    await emulate(page, viewport);
    await page.setRequestInterception(true);
    page.on('request', (request) => (/\/seed\.js$/.test(request.url()) ? sleep(2000).then(() => request.continue()) : request.continue()));
    // Not awaited: the page's DOMContentLoaded waits for the deferred script.
    const loaded = page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForFunction(() => document.readyState !== 'loading' && document.querySelectorAll('joint-statement [data-block]').length > 1);
    const before = await page.evaluate(() => {
      const block = document.querySelectorAll('joint-statement [data-block]')[1];
      scrollTo({ top: scrollY + block.getBoundingClientRect().top - 120, behavior: 'instant' });
      return new Promise((resolve) =>
        window.__afterNextFrame(() => resolve({ defined: Boolean(customElements.get('joint-statement')), top: block.getBoundingClientRect().top })),
      );
    });
    if (before.defined) throw new Error('the script ran before the reader scrolled');
    await loaded;
    await page.waitForFunction(() => document.querySelector('joint-statement').hasUpdated, { timeout: timeoutMs });
    await settle(page);
    const after = await page.evaluate(
      () => document.querySelector('joint-statement').shadowRoot.querySelectorAll('[data-block]')[1].getBoundingClientRect().top,
    );
    return after - before.top;
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * Runs the section: `rounds` rounds per condition (viewport × CONDITIONS), each loading every
 * page once in a shuffled order after one untimed warm-up round; then `clicks` taps of each
 * interaction per snippet kind, and the scrolled reader. `quick` skips the warm-up round and
 * keeps two conditions (desktop local, mobile emulated network and CPU), which between them
 * still go through every code path.
 */
export async function measurePartnerArticle(browser, url, { rounds, clicks, network, random, log, quick = false }) {
  const results = [];
  const conditions = Object.keys(VIEWPORTS)
    .flatMap((viewport) => CONDITIONS.map((condition) => ({ viewport, condition })))
    .filter(({ viewport, condition }) => !quick || condition === (viewport === 'mobile' ? 'network' : 'local'));
  for (const { viewport, condition: name } of conditions) {
    const condition = { viewport, condition: name, loads: Object.fromEntries(KINDS.map((kind) => [kind, []])) };
    log(`partner article, ${viewport}, ${name}: ${rounds} rounds of ${KINDS.length} pages, shuffled`);
    for (let round = quick ? 0 : -1; round < rounds; round++) {
      for (const kind of shuffle([...KINDS], random)) {
        const result = await measureArticleLoad(browser, url(`/article-${kind}.html`), {
          viewport,
          network: name === 'network' ? network : undefined,
          cpu: name !== 'local',
        });
        if (round >= 0) condition.loads[kind].push(result);
      }
    }
    results.push(condition);
  }
  log(`partner article, phone at ${CPU_SLOWDOWN}× CPU: ${clicks} taps per interaction and snippet, shuffled`);
  const interactions = {};
  const taps = Object.keys(INTERACTIONS).flatMap((interaction) => TAPPED_KINDS.map((kind) => ({ interaction, kind })));
  for (let run = 0; run < clicks; run++) {
    for (const { interaction, kind } of shuffle([...taps], random)) {
      const key = `${interaction}|${kind}`;
      (interactions[key] ??= []).push(await measureInteraction(browser, url(`/article-${kind}.html`), INTERACTIONS[interaction], {}));
    }
  }
  log('partner article: the scrolled reader');
  const reader = {};
  for (const viewport of Object.keys(VIEWPORTS)) {
    reader[viewport] = [];
    for (let run = 0; run < (quick ? 1 : 3); run++) reader[viewport].push(await measureScrolledReader(browser, url('/article-full-text.html'), viewport));
  }
  return { conditions: results, interactions, reader };
}

const CONTROL_NAMES = {
  static: "static: the snippet's statement, no script",
  'plain-text': 'control: the statement as plain paragraphs (no widget, no script)',
  'static-empty-script': "static+script: static and one deferred no-op script of the bundle's size",
};
const KIND_NAMES = {
  link: 'link only (control: no longer offered)',
  'full-text': 'full text (dist/embed.html, generator)',
  prerendered: 'pre-rendered + hydrating bundle',
};
const conditionText = (condition, networkText) => ({ local: 'none', cpu: `${CPU_SLOWDOWN}× CPU`, network: `${networkText}, ${CPU_SLOWDOWN}× CPU` })[condition];
const ratioText = (ratios) => `${median(ratios).toFixed(2)}× (${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)})`;
const perRound = (values, bases) => values.map((value, round) => value / bases[round]);

/** The section's tables (loads, taps, scrolled reader), with verdicts against the goals unless `judge` is false. */
export function partnerArticleTable({ conditions, interactions, reader }, { networkText, judge = true }) {
  const lines = [
    '| snippet | viewport | throttling | CLS: max (shifts) | FCP ÷ static | FCP ÷ static+script | statement text painted ÷ static | ÷ static+script | LCP ÷ static | ÷ static+script | FCP, text painted (medians) | verdict |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { viewport, condition, loads } of conditions) {
    const of = (kind, key) => loads[kind].map((load) => load[key]);
    for (const kind of [...SNIPPET_KINDS, ...CONTROLS]) {
      const cls = of(kind, 'cls');
      const shifts = loads[kind].reduce((sum, load) => sum + load.shifts, 0);
      // Link only carries no text: its statement shows with the widget.
      const textKey = kind === 'link' ? 'widgetPainted' : 'textPainted';
      const ratios = (key, control) =>
        kind === control ? '1' : ratioText(perRound(of(kind, key === 'text' ? textKey : key), of(control, key === 'text' ? 'textPainted' : key)));
      const failures = [];
      if (!CONTROLS.includes(kind) && kind !== 'link') {
        if (Math.max(...cls) > ARTICLE_GOALS.cls) failures.push('CLS');
        for (const [key, name] of [
          ['fcp', 'FCP'],
          ['text', 'text painted'],
        ]) {
          const values = perRound(of(kind, key === 'text' ? textKey : key), of('static-empty-script', key === 'text' ? 'textPainted' : key));
          if (median(values) > ARTICLE_GOALS.paintRatio) failures.push(name);
        }
      }
      const verdict =
        CONTROLS.includes(kind) || kind === 'link' ? 'info' : !judge ? 'not judged (quick pass)' : failures.length ? `FAIL (${failures.join(', ')})` : 'PASS';
      lines.push(
        `| ${KIND_NAMES[kind] ?? CONTROL_NAMES[kind]} | ${viewport} | ${conditionText(condition, networkText)} | ${Math.max(...cls).toFixed(3)} (${shifts} in ${cls.length}) | ` +
          `${ratios('fcp', 'static')} | ${ratios('fcp', 'static-empty-script')} | ${ratios('text', 'static')} | ${ratios('text', 'static-empty-script')} | ` +
          `${ratios('lcp', 'static')} | ${ratios('lcp', 'static-empty-script')} | ${ms(median(of(kind, 'fcp')))}, ${ms(median(of(kind, textKey)))} | ${verdict} |`,
      );
    }
  }
  lines.push(
    '',
    `Goals (issue #24): CLS ≤ ${ARTICLE_GOALS.cls} for every offered snippet in every condition; FCP and statement text painted ≤ ${ARTICLE_GOALS.paintRatio}× static+script (medians of per-round ratios). ` +
      'Ratios: median (quartiles) over rounds, each round loading the seven pages (no widget, three snippets, static, two controls) in a shuffled order, cold cache. ' +
      "CLS counts every layout-shift entry (Chromium's mobile emulation marks some as hadRecentInput without input). Statement text painted: end of the frame after the snippet is parsed " +
      "(the fallback's or the widget's words; link only: after the widget's first update). Static = the pre-rendered widget's markup with no script.",
    '',
    `| tap, phone at ${CPU_SLOWDOWN}× CPU | snippet | INP p90 | INP median | input delay median | processing median | taps | verdict |`,
    '|---|---|---|---|---|---|---|---|',
  );
  for (const [key, taps] of Object.entries(interactions)) {
    const [interaction, kind] = key.split('|');
    const inp = taps.map((tap) => tap.inp);
    const p90 = quantile(inp, 0.9);
    const verdict = interaction.startsWith('control') ? 'info' : !judge ? 'not judged (quick pass)' : p90 <= ARTICLE_GOALS.inpMs ? 'PASS' : 'FAIL';
    lines.push(
      `| ${interaction} | ${KIND_NAMES[kind]} | ${ms(p90)} | ${ms(median(inp))} | ${ms(median(taps.map((tap) => tap.delay)))} | ${ms(median(taps.map((tap) => tap.processing)))} | ${taps.length} | ${verdict} |`,
    );
  }
  lines.push(
    '',
    `Goal: INP p90 ≤ ${ARTICLE_GOALS.inpMs} ms. Event Timing (the longest event entry of the tap: start to next paint, 8 ms granularity; under its 16 ms threshold nothing is reported and 16 ms is counted), ` +
      `a touch tap 1 s after the widget upgraded, ${CPU_SLOWDOWN}× CPU from after the load, local server. Input delay: start to the first listener; processing: the listeners and the microtasks after them (the widget's update), summed over the tap's events.`,
    '',
    '| scrolled reader (full text, script held back 2 s) | viewport | paragraph moved on screen at the upgrade | loads |',
    '|---|---|---|---|',
  );
  for (const [viewport, moves] of Object.entries(reader)) {
    const worst = moves.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a), 0);
    lines.push(`| | ${viewport} | ${worst.toFixed(1)} px (largest) | ${moves.length} |`);
  }
  lines.push(
    '',
    "The statement's second paragraph scrolled to 120 px from the top before the script arrives; how far it moved when the fallback became the widget.",
  );
  return lines.join('\n');
}
