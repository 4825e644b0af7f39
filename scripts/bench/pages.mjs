// The pages the bench loads. Each carries the same probes, inlined in <head> before anything
// else so they see the first paint:
// - LCP: a PerformanceObserver keeps every largest-contentful-paint entry. Chromium counts
//   text inside shadow roots, so the widget's paragraphs are a candidate like static ones.
// - defined: when the bundle calls customElements.define('joint-statement'), i.e. once the
//   whole file has arrived and its top level has run; the element renders from there.
// - rAF: once the statement is in the DOM (static: the end of <body>; widget: after the
//   element's first update), requestAnimationFrame then a MessageChannel message, which runs
//   once that frame's style, layout and paint are done on the main thread.
import { sleep } from '../lib/browser.mjs';

const fallbackLink = (href) => `<a href="${href}">Read the joint statement on Venezuela</a>`;

const head = (title, extra = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script>
window.__lcp = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__lcp.push({ time: entry.renderTime || entry.startTime, size: entry.size });
}).observe({ type: 'largest-contentful-paint', buffered: true });
window.__afterNextFrame = (callback) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback(performance.now());
  channel.port2.postMessage(0);
});
window.__defined = 0;
const define = CustomElementRegistry.prototype.define;
CustomElementRegistry.prototype.define = function (name, ...rest) {
  if (name === 'joint-statement') window.__defined = performance.now();
  return define.call(this, name, ...rest);
};
window.__painted = new Promise((resolve) => { window.__markPainted = () => window.__afterNextFrame(resolve); });
</script>
${extra}
<style>body { margin: 0; padding: 1rem; font-family: system-ui, sans-serif; }</style>
</head>
<body>
`;

/** A partner's page: the one-file bundle, loaded as the embed snippet says, and the element. */
export function widgetPage(bundlePath, canonicalUrl) {
  return `${head(
    'widget',
    `<script src="${bundlePath}" defer></script>
<script>
customElements.whenDefined('joint-statement')
  .then(() => document.querySelector('joint-statement').updateComplete)
  .then(() => window.__markPainted());
</script>`,
  )}<main>
<joint-statement>${fallbackLink(canonicalUrl)}</joint-statement>
</main>
</body>
</html>
`;
}

/**
 * The physical limit: the widget's own rendered shadow tree and styles, as declarative shadow
 * DOM in the HTML, with no script at all. Same text, same boxes, nothing to download or run.
 */
export function staticPage(snapshot, canonicalUrl) {
  const attributes = snapshot.attributes.map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`).join('');
  return `${head('static')}<main>
<joint-statement${attributes}><template shadowrootmode="open"><style>${snapshot.css}</style>${snapshot.html}</template>${fallbackLink(canonicalUrl)}</joint-statement>
</main>
<script>window.__markPainted();</script>
</body>
</html>
`;
}

/** A page with the bundle and no element: for create/attach/detach cycles. */
export function emptyPage(bundlePath) {
  return `${head('empty', `<script src="${bundlePath}"></script>`)}<main></main>
</body>
</html>
`;
}

/** Runs in the widget page: the rendered shadow tree and its styles, for staticPage(). */
export function snapshotWidget() {
  const element = document.querySelector('joint-statement');
  const root = element.shadowRoot;
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((style) => style.sheet)];
  return {
    attributes: [...element.attributes].map((attribute) => [attribute.name, attribute.value]),
    css: sheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n'),
    html: root.innerHTML,
  };
}

/** Two rendered frames and a short pause: the page is idle before the next measurement. */
export async function settle(page, pause = 100) {
  await page.evaluate(() => new Promise((resolve) => window.__afterNextFrame(() => window.__afterNextFrame(resolve))));
  await sleep(pause);
}

/**
 * A partner's page around what the bench measures: a site header, then `body` in the article
 * column. `head`: the probes, first in <head> so they see the first paint; `style`: more rules.
 */
export function partnerPage({ title, head, style = '', body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${head}
<style>
body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; }
header { padding: 1rem 1.5rem; background: #1d3557; color: #fff; }
main { max-width: 42rem; margin: 0 auto; padding: 0 1rem; }
${style}</style>
</head>
<body>
<header><p>Partner organisation · News · Campaigns · About</p></header>
<main>
${body}
</main>
</body>
</html>
`;
}
