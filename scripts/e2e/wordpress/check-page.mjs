// What a reader of one WordPress page gets: the working widget (renders in the expected
// language, switches language, expands the signatories) or a fallback, and whether anything
// prints as code or the statement shows twice.
import { join } from 'node:path';
import { offline } from './browser.mjs';

// Markup or CSS printed as text: tags, comment ends, CSS rules or custom properties.
const JUNK = /<\/?[a-z!][^>]*>?|-->|\{\s*--|--joint-statement|joint-statement\s*\{/i;

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ url: string, lang: string, titles: string[], signatories: number, canonicalUrl: string }} expected
 */
export async function checkPage(browser, expected, { root, releaseUrl }) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    const requests = await offline(page, { root, releaseUrl });
    // The widgets the page's HTML brought already drawn (declarative shadow DOM), as parsed:
    // scripts upgrade them later (the hydrating one after the first paint).
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('DOMContentLoaded', () => {
        window.serverRenderedArticles = [...document.querySelectorAll('joint-statement')].map((el) => el.shadowRoot?.querySelector('article')).filter(Boolean);
      });
    });
    await page.goto(expected.url, { waitUntil: 'load' });
    // Give a deferred script the moment it needs to upgrade the element and draw the widget,
    // which it does after the page's next frame (src/after-first-paint.ts).
    await page.evaluate(() =>
      Promise.race([
        customElements
          .whenDefined('joint-statement')
          .then(() => Promise.all([...document.querySelectorAll('joint-statement')].map((element) => element.updateComplete))),
        new Promise((resolve) => setTimeout(resolve, 1500)),
      ]),
    );
    const facts = await page.evaluate(readPage, { ...expected, junk: JUNK.source });
    if (process.env.E2E_SCREENSHOTS) await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS, `${expected.id}.png`), fullPage: true });
    if (facts.upgraded) Object.assign(facts, await interact(page, expected));
    if (expected.withoutScript) {
      // The same page for a reader whose browser runs no script: the fallback inside the element.
      await page.setJavaScriptEnabled(false);
      await page.goto(expected.url, { waitUntil: 'load' });
      facts.withoutScript = await page.evaluate(readPage, { ...expected, junk: JUNK.source });
    }
    return { ...facts, errors, external: requests.external, scripts: requests.scripts };
  } finally {
    await page.close();
  }
}

/** Runs in the page. */
function readPage({ titles, canonicalUrl, junk }) {
  const content = document.querySelector('.wp-block-post-content') ?? document.querySelector('main') ?? document.body;
  const shown = (node) => node.getClientRects().length > 0 && node.checkVisibility();
  // WordPress's wptexturize prints ' as ’ and -- as – : compare and search the text as typed.
  const untexturize = (text) =>
    text
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u2013\u2014]/g, '--')
      .trim();
  const statementTitles = titles.map(untexturize);
  const elements = [...document.querySelectorAll('joint-statement')];
  const widget = elements.find((el) => el.shadowRoot?.querySelector('article'));
  const titleHeadings = [...content.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => shown(h) && statementTitles.includes(untexturize(h.textContent)));
  const links = [...content.querySelectorAll('a')].filter((a) => shown(a) && a.href === canonicalUrl && statementTitles.includes(untexturize(a.textContent)));
  const fallback = titleHeadings[0]?.closest('article') ?? links[0];
  return {
    elements: elements.length,
    upgraded: Boolean(widget),
    serverRendered: window.serverRenderedArticles?.length ?? 0,
    // Hydrated: the article the page's HTML brought is the one the upgraded widget shows.
    adopted: Boolean(widget && window.serverRenderedArticles?.includes(widget.shadowRoot.querySelector('article'))),
    widgetArticles: widget?.shadowRoot.querySelectorAll('article').length,
    styled: widget && getComputedStyle(widget).display === 'block' && getComputedStyle(widget).borderTopStyle === 'solid',
    widgetLang: widget?.shadowRoot.querySelector('article').lang,
    widgetTitleLevel: widget?.shadowRoot.querySelector('[part="title"]').localName,
    previewShown: widget && [...widget.shadowRoot.querySelectorAll('[part="signatories"] li')].filter(shown).length,
    copies: titleHeadings.length + (widget ? 1 : 0),
    fallback: fallback ? (fallback.localName === 'a' ? 'link' : 'full text') : null,
    fallbackLang: fallback?.closest('[lang]')?.lang ?? null,
    // The widget's script tags as printed (the plugin's, or a pasted snippet's).
    scriptTags: [...document.scripts]
      .filter((script) => /\/joint-statement(-hydrate)?\.js(\?|$)/.test(script.src))
      .map((script) => ({ src: script.src, integrity: script.integrity, crossorigin: script.getAttribute('crossorigin'), defer: script.defer })),
    junk: untexturize(content.innerText).match(new RegExp(`.{0,30}(?:${junk}).{0,30}`, 'i'))?.[0] ?? null,
  };
}

/** Switches language and expands the list with real clicks, as a reader would. */
async function interact(page, { signatories }) {
  const result = { switched: false, expanded: false };
  const button = await page.evaluateHandle(() =>
    document.querySelector('joint-statement').shadowRoot.querySelector('[part="switcher"] button[aria-pressed="false"]'),
  );
  const target = await button.evaluate((b) => b.lang);
  await button.click();
  result.switched = await page
    .waitForFunction(
      (lang) => {
        const root = document.querySelector('joint-statement').shadowRoot;
        return root.querySelector('article').lang === lang && root.querySelector('button[aria-pressed="true"]').lang === lang;
      },
      { timeout: 3000 },
      target,
    )
    .then(
      () => true,
      () => false,
    );
  const toggle = await page.evaluateHandle(() => document.querySelector('joint-statement').shadowRoot.querySelector('[part="toggle"]'));
  await toggle.click();
  result.expanded = await page
    .waitForFunction(
      (total) => {
        const items = [...document.querySelector('joint-statement').shadowRoot.querySelectorAll('[part="signatories"] li')];
        return items.filter((li) => li.getClientRects().length > 0).length === total;
      },
      { timeout: 3000 },
      signatories,
    )
    .then(
      () => true,
      () => false,
    );
  return result;
}
