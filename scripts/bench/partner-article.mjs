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
// Per round, every page of a condition loads once, in a shuffled order; ratios are taken within
// the round (drifting machine load cancels out) and summarised by medians and quartiles.
import { openPage, sleep } from '../lib/browser.mjs';
import { snippetFor } from '../lib/snippets.mjs';
import { sriHash } from '../write-embed.mjs';
import { settle } from './pages.mjs';
import { median, ms, quantile, shuffle } from './stats.mjs';

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 375, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};
const CPU_SLOWDOWN = 4;
export const ARTICLE_GOALS = { cls: 0.001, prerenderedRatio: 1.05, clickMs: 100 };

const probes = `<script>
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__shifts.push(entry.value);
}).observe({ type: 'layout-shift', buffered: true });
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
</script>`;

// Right after the snippet: it sees the element as parsed.
const widgetProbe = `<script>
(() => {
  const el = document.querySelector('joint-statement');
  if (!el) return window.__afterNextFrame(window.__markWidgetPainted);
  if (el.shadowRoot) return window.__afterNextFrame(window.__markWidgetPainted);
  customElements.whenDefined('joint-statement').then(() => el.updateComplete).then(() => window.__afterNextFrame(window.__markWidgetPainted));
})();
</script>`;

const paragraph = (n) =>
  `<p>Paragraph ${n} of the partner's own article. Coalitions of human rights organisations publish joint statements so that each member can show the same words to its own readers, in its own pages, next to its own reporting and analysis of the situation.</p>`;

function article(title, snippet) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${probes}
<style>
body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; }
header { padding: 1rem 1.5rem; background: #1d3557; color: #fff; }
main { max-width: 42rem; margin: 0 auto; padding: 0 1rem; }
.below { min-height: 3000px; }
</style>
</head>
<body>
<header><p>Partner organisation · News · Campaigns · About</p></header>
<main>
<h1>Our coalition's statement on Venezuela</h1>
${paragraph(1)}
${paragraph(2)}
${snippet}
${widgetProbe}
<div class="below">${Array.from({ length: 12 }, (_, i) => paragraph(i + 3)).join('\n')}</div>
</main>
</body>
</html>
`;
}

/**
 * The pages, by kind: the article without the widget; with each snippet kind; with the static
 * copy (the pre-rendered widget with no script: the physical limit); and two controls that
 * say what the limit is made of: the statement as the article's own plain paragraphs (no
 * widget, no script), and the static copy plus one empty deferred script (what requesting any
 * script costs). The offered kinds are the snippets partners paste (scripts/lib/snippets.mjs),
 * self-hosted here so that the bench's server sends the scripts, with their integrity.
 * @param {{ bundle: Buffer, hydrating: Buffer, prerendered: string, fullText: string, statement: object }} seed
 *   `prerendered` and `fullText` are in the statement's original language
 */
export function articlePages({ bundle, hydrating, prerendered, fullText, statement }) {
  const { canonicalUrl, original } = statement;
  // What snippetFor reads of dist/embed.json: the files and the language the parts are in.
  const embed = {
    version: 'bench',
    url: '/seed.js',
    integrity: sriHash(bundle),
    hydrate: { url: '/seed-hydrate.js', integrity: sriHash(hydrating) },
    original,
    languages: [{ lang: original }],
  };
  const snippet = (kind, selfHostedUrl) => snippetFor(embed, { kind, delivery: 'self', selfHostedUrl }, { prerendered, fullText });
  const prerenderedSnippet = snippet('prerendered', '/seed-hydrate.js');
  return new Map([
    ['/seed.js', bundle],
    ['/seed-hydrate.js', hydrating],
    ['/article-none.html', article('no widget', '')],
    ['/article-link.html', article('link snippet', `<script src="/seed.js" defer></script>\n<joint-statement><a href="${canonicalUrl}">Read the joint statement on Venezuela</a></joint-statement>`)],
    ['/article-full-text.html', article('full-text snippet', snippet('full-text', '/seed.js').code)],
    ['/article-prerendered.html', article('pre-rendered snippet', prerenderedSnippet.code)],
    ['/article-static.html', article('static copy', prerenderedSnippet.markup)],
    ['/article-plain-text.html', article('the statement as plain paragraphs', `<div>${fullText}</div>`)],
    ['/article-static-empty-script.html', article('static copy and an empty script', `<script src="/empty.js" defer></script>\n${prerenderedSnippet.markup}`)],
    ['/empty.js', '// An empty script: what one deferred request costs a page, whatever it holds.\n'],
  ]);
}

export const SNIPPET_KINDS = ['link', 'full-text', 'prerendered'];
const CONTROLS = ['static', 'plain-text', 'static-empty-script'];
const KINDS = ['none', ...SNIPPET_KINDS, ...CONTROLS];

async function emulate(page, viewport, network) {
  await page.setViewport(VIEWPORTS[viewport]);
  const session = await page.createCDPSession();
  if (network) {
    await session.send('Network.enable');
    await session.send('Network.emulateNetworkConditions', { offline: false, ...network });
    await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  return session;
}

/** One load: CLS, LCP and widget text painted, in ms since navigation start. */
async function measureArticleLoad(browser, url, { viewport, network, timeoutMs = 30000 }) {
  const page = await openPage(browser, { timeoutMs });
  try {
    await emulate(page, viewport, network);
    await page.goto(url, { waitUntil: 'load' });
    const widgetPainted = await page.evaluate(() => window.__widgetPainted);
    // Shifts after the upgrade (a language switch after hydrating, say) must be counted too.
    await settle(page, 300);
    const { shifts, lcp } = await page.evaluate(() => ({ shifts: window.__shifts, lcp: window.__lcp }));
    return { cls: shifts.reduce((sum, value) => sum + value, 0), shifts: shifts.length, lcp: lcp.at(-1), widgetPainted };
  } finally {
    await page.close().catch(() => {});
  }
}

/** Click on the language switcher under 4× CPU throttling: click event → end of the next frame. */
async function measureArticleClick(browser, url, { viewport, timeoutMs = 30000 }) {
  const page = await openPage(browser, { timeoutMs });
  try {
    const session = await emulate(page, viewport);
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => customElements.whenDefined('joint-statement').then(() => document.querySelector('joint-statement').updateComplete));
    await settle(page);
    await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const button = (await page.evaluateHandle(() => document.querySelector('joint-statement').shadowRoot.querySelector('[part="language-button"][lang="es"]'))).asElement();
    const timing = page.evaluate(
      () =>
        new Promise((resolve) => {
          addEventListener('click', (event) => window.__afterNextFrame((end) => resolve(end - event.timeStamp)), { capture: true, once: true });
        }),
    );
    await sleep(50);
    await button.click();
    return await timing;
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * Runs the section: `rounds` rounds per condition (viewport × network), each loading every
 * page once in a shuffled order after one untimed warm-up round, then the clicks. `quick`
 * skips the warm-up round and keeps two conditions (desktop local, mobile emulated), which
 * between them still go through every code path.
 */
export async function measurePartnerArticle(browser, url, { rounds, clicks, network, random, log, quick = false }) {
  const results = [];
  const conditions = Object.keys(VIEWPORTS)
    .flatMap((viewport) => [false, true].map((emulated) => ({ viewport, emulated })))
    .filter(({ viewport, emulated }) => !quick || emulated === (viewport === 'mobile'));
  for (const { viewport, emulated } of conditions) {
    const condition = { viewport, emulated, loads: Object.fromEntries(KINDS.map((kind) => [kind, []])), clicks: {} };
    log(`partner article, ${viewport}, ${emulated ? 'emulated network and 4× CPU' : 'local'}: ${rounds} rounds of ${KINDS.length} pages, shuffled`);
    for (let round = quick ? 0 : -1; round < rounds; round++) {
      for (const kind of shuffle([...KINDS], random)) {
        const result = await measureArticleLoad(browser, url(`/article-${kind}.html`), { viewport, network: emulated ? network : undefined });
        if (round >= 0) condition.loads[kind].push(result);
      }
    }
    if (!emulated) {
      for (const kind of SNIPPET_KINDS) {
        condition.clicks[kind] = [];
        for (let run = 0; run < clicks; run++) condition.clicks[kind].push(await measureArticleClick(browser, url(`/article-${kind}.html`), { viewport }));
      }
    }
    results.push(condition);
  }
  return results;
}

const CONTROL_NAMES = {
  static: 'static copy (no script; the limit)',
  'plain-text': 'control: the statement as plain paragraphs (no widget, no script)',
  'static-empty-script': 'control: static copy + one empty deferred script',
};
const KIND_NAMES = { link: 'link only (control: no longer offered)', 'full-text': 'full text (dist/embed.html, generator)', prerendered: 'pre-rendered + hydrating bundle' };
const conditionText = (emulated, networkText) => (emulated ? `${networkText}, 4× CPU` : 'local');
const ratioText = (ratios) => `${median(ratios).toFixed(2)}× (${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)})`;
const perRound = (values, bases) => values.map((value, round) => value / bases[round]);

/** The section's table: one row per snippet kind and condition, with verdicts against the issue's goals unless `judge` is false. */
export function partnerArticleTable(results, { networkText, judge = true }) {
  const lines = [
    '| snippet | viewport | network | CLS: max (median, shifts) | LCP ÷ page without widget | LCP ÷ static copy | widget text painted ÷ static copy | click → next frame, 4× CPU | verdict |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { viewport, emulated, loads, clicks } of results) {
    const lcpOf = (kind) => loads[kind].map((load) => load.lcp);
    const paintedOf = (kind) => loads[kind].map((load) => load.widgetPainted);
    for (const kind of [...SNIPPET_KINDS, ...CONTROLS]) {
      const cls = loads[kind].map((load) => load.cls);
      const shifts = loads[kind].reduce((sum, load) => sum + load.shifts, 0);
      const lcpRatios = perRound(lcpOf(kind), lcpOf('none'));
      const lcpStaticRatios = perRound(lcpOf(kind), lcpOf('static'));
      const paintRatios = perRound(paintedOf(kind), paintedOf('static'));
      const click = clicks[kind];
      if (CONTROLS.includes(kind)) {
        // What the limit is made of: the same HTML with no script, the text alone, one request.
        const painted = kind === 'plain-text' ? '—' : kind === 'static' ? '1' : ratioText(paintRatios);
        const lcpStatic = kind === 'static' ? '1' : ratioText(lcpStaticRatios);
        lines.push(`| ${CONTROL_NAMES[kind]} | ${viewport} | ${conditionText(emulated, networkText)} | ${Math.max(...cls).toFixed(3)} | ${ratioText(lcpRatios)} | ${lcpStatic} | ${painted} | — | info |`);
        continue;
      }
      const failures = [];
      if (Math.max(...cls) > ARTICLE_GOALS.cls) failures.push('CLS');
      if (kind === 'prerendered' && median(lcpRatios) > ARTICLE_GOALS.prerenderedRatio) failures.push('LCP');
      if (kind === 'prerendered' && median(paintRatios) > ARTICLE_GOALS.prerenderedRatio) failures.push('text painted');
      if (click && median(click) > ARTICLE_GOALS.clickMs) failures.push('click');
      lines.push(
        `| ${KIND_NAMES[kind]} | ${viewport} | ${conditionText(emulated, networkText)} | ${Math.max(...cls).toFixed(3)} (${median(cls).toFixed(3)}, ${shifts} in ${cls.length} loads) | ` +
          `${ratioText(lcpRatios)} | ${ratioText(lcpStaticRatios)} | ${ratioText(paintRatios)} | ${click ? `${ms(median(click))} (max ${ms(Math.max(...click))})` : '—'} | ${!judge ? 'not judged (quick pass)' : failures.length ? `FAIL (${failures.join(', ')})` : 'PASS'} |`,
      );
    }
  }
  lines.push(
    '',
    `Goals (issue #14): CLS ≤ ${ARTICLE_GOALS.cls} for every snippet in every condition; pre-rendered: LCP and widget text painted ≤ ${ARTICLE_GOALS.prerenderedRatio}× (medians of per-round ratios); ` +
      `click → next frame ≤ ${ARTICLE_GOALS.clickMs} ms. Ratios: median (quartiles) over rounds, each round loading the seven pages (no widget, three snippets, static copy, two controls) in a shuffled order, cold cache. ` +
      'CLS counts every layout-shift entry (Chromium\'s mobile emulation marks some as hadRecentInput without input). Widget text painted: end of the first frame with the widget\'s rendered text ' +
      '(declarative shadow DOM: the frame after parsing; otherwise after the first update); static copy = the pre-rendered widget with no script. ' +
      `Clicks: the "Español" button, with ${CPU_SLOWDOWN}× CPU throttling from after the load, on a local server.`,
  );
  return lines.join('\n');
}
