// Pages built around a pre-rendered snippet (dist/prerendered/<lang>.html), in iframes: the
// statement as declarative shadow DOM, parsed by the browser as a partner's page would be.
import { waitUntil } from '@open-wc/testing';
import { openFrame } from './frames.js';
import { recordOf, type PageRecord } from './hostile.js';
import { builtDir } from './built-statement.js';

export const HYDRATING_BUNDLE = `${builtDir}/joint-statement-hydrate.js`;
export const PLAIN_BUNDLE = `${builtDir}/joint-statement.js`;

/** The pre-rendered element in a language, as the build wrote it. */
export async function prerendered(lang: string): Promise<string> {
  const response = await fetch(`${builtDir}/prerendered/${lang}.html`);
  if (!response.ok) throw new Error(`no pre-rendered ${lang}: run npm run build`);
  return (await response.text()).trim();
}

export interface PageOptions {
  /** What goes in <body>. */
  body: string;
  /** The page's own language, on <html>. */
  lang?: string;
  /** A Content-Security-Policy, as a <meta> element. */
  csp?: string;
  /** A bundle loaded by the page itself (deferred), rather than later by the test. */
  bundle?: string;
  /** false: the iframe is sandboxed without scripts, as for a reader with JavaScript off. */
  scripts?: boolean;
  /** More markup for <head>, before the bundle. */
  head?: string;
}

export interface PreparedPage {
  win: Window & typeof globalThis;
  doc: Document;
  record: () => PageRecord;
}

/** Opens the page in an iframe (same origin, so a CSP's 'self' allows the bundles) and waits for its load. */
export async function openPage({ body, lang = 'en', csp, bundle, scripts = true, head: extraHead = '' }: PageOptions): Promise<PreparedPage> {
  const head = [
    '<meta charset="utf-8">',
    // Firefox does not match 'self' for an about:srcdoc page: the test server's origin, named, is the same source.
    csp ? `<meta http-equiv="Content-Security-Policy" content="${csp.replaceAll("'self'", `'self' ${location.origin}`)}">` : '',
    scripts ? '<script src="/test/fixtures/hostile/record-page-events.js"></script>' : '',
    extraHead,
    bundle ? `<script src="${bundle}" defer></script>` : '',
  ].join('');
  const srcdoc = `<!doctype html><html lang="${lang}"><head>${head}<title>partner page</title></head><body>${body}</body></html>`;
  // The tests decide when the bundle loads and what to wait for.
  const win = (await openFrame({ srcdoc }, { scripts, widgets: false })) as Window & typeof globalThis;
  return { win, doc: win.document, record: () => recordOf(win) };
}

/** Loads a script into an open page: a bundle arriving after the first paint, say. */
export async function loadScript(page: PreparedPage, src: string): Promise<void> {
  const script = page.doc.createElement('script');
  script.src = src;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} did not load`)), { once: true });
  });
  page.doc.head.append(script);
  await loaded;
}

/** Waits until every widget on the page has upgraded and finished updating, follow-up updates included. */
export async function widgetsSettled(page: PreparedPage): Promise<void> {
  await page.win.customElements.whenDefined('joint-statement');
  for (const el of page.doc.querySelectorAll<any>('joint-statement')) {
    // The plain bundle renders after the page's first paint (src/after-first-paint.ts).
    await waitUntil(() => el.hasUpdated, 'a widget did not upgrade', { timeout: 8000 });
    // `updateComplete` resolves false while another update is pending (a language switch
    // after hydrating); a few rounds at most.
    for (let round = 0; round < 5 && !(await el.updateComplete); round++);
  }
}

/** Every node of a shadow root, in document order. */
export function nodesOf(root: ShadowRoot): Node[] {
  const nodes: Node[] = [];
  const walker = root.ownerDocument.createTreeWalker(root);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}

/** A widget's text as a reader gets it (the <style> left out), whitespace folded. */
export function widgetText(el: Element): string {
  return [...el.shadowRoot!.querySelectorAll('article')].map((article) => article.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');
}
