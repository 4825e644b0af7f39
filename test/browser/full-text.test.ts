import { expect, waitUntil } from '@open-wc/testing';
import { closeFrames, openFrame } from '../support/frames.js';
import { builtDir } from '../support/built-statement.js';

/** A partner page with the full-text snippet, in an iframe; `scripts: false` sandboxes scripts away. */
async function fullTextPage(lang: string, scripts: boolean, style?: string): Promise<Document> {
  const fragment = await (await fetch(`${builtDir}/full-text/${lang}.html`)).text();
  const srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <script src="${builtDir}/joint-statement.js"></script></head>
    <body><joint-statement>${fragment}</joint-statement></body></html>`;
  return (await openFrame({ srcdoc }, { width: 800, height: 600, scripts, widgets: scripts && !style, style })).document;
}

const shown = (node: Element | null) => Boolean(node && node.getClientRects().length > 0);

describe('the full-text snippet', () => {
  afterEach(closeFrames);

  it('gives readers without scripts the whole statement: title, paragraphs, every signatory', async () => {
    const doc = await fullTextPage('es', false);
    const article = doc.querySelector('joint-statement > article')!;
    expect(customElementsIn(doc)).to.equal(undefined);
    expect(article.getAttribute('lang')).to.equal('es');
    expect(shown(article.querySelector('h2'))).to.equal(true);
    expect(article.querySelector('h2')!.textContent).to.match(/^Organizaciones de derechos humanos instan/);
    expect(article.querySelectorAll('p')).to.have.length(6); // note, 4 paragraphs, source link
    expect([...article.querySelectorAll('li')].map((li) => li.textContent)).to.include('Conectas Direitos Humanos, Brasil');
    expect(article.querySelectorAll('li')).to.have.length(7);
  });

  it('is kept in the page but not shown once the element upgrades: no duplicate text', async () => {
    const doc = await fullTextPage('pt', true);
    const el = doc.querySelector('joint-statement')!;
    const fallback = el.querySelector('article')!;
    expect(fallback, 'still there for crawlers').to.exist;
    expect(shown(fallback.querySelector('h2'))).to.equal(false);
    const title = el.shadowRoot!.querySelector('[part="title"]')!;
    expect(shown(title)).to.equal(true);
    expect(title.textContent!.trim()).to.equal(fallback.querySelector('h2')!.textContent);
  });

  it('upgrades in a frame out of view, where WebKit runs no animation frames until it is scrolled to', async () => {
    const doc = await fullTextPage('en', true, 'position: absolute; top: 300vh');
    const el = doc.querySelector<HTMLElement & { hasUpdated: boolean }>('joint-statement')!;
    await waitUntil(() => el.hasUpdated, 'the widget rendered without being scrolled into view', { timeout: 5000 });
    expect(shown(el.shadowRoot!.querySelector('[part="title"]')), 'the widget').to.equal(true);
    expect(shown(el.querySelector('h2')), 'and the full text hidden').to.equal(false);
  });

  it('paints first as the full text when its script runs before the first paint, then as the widget', async () => {
    // The script is in <head>, so it runs before the page's first frame (a cached file, a fast
    // connection); a frame callback queued before the element reads what that frame paints.
    const fragment = await (await fetch(`${builtDir}/full-text/en.html`)).text();
    const srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <script src="${builtDir}/joint-statement.js"></script>
      <script>requestAnimationFrame(() => {
        const el = document.querySelector('joint-statement');
        window.firstFrame = { upgraded: typeof el.updateComplete?.then, widget: Boolean(el.shadowRoot), title: el.querySelector('h2')?.getClientRects().length };
      });</script></head>
      <body><joint-statement>${fragment}</joint-statement></body></html>`;
    const win = (await openFrame({ srcdoc }, { width: 800, height: 600 })) as Window & { firstFrame?: Record<string, unknown> };
    expect(win.firstFrame, 'the first frame: the element upgraded, its full text painted, no widget yet').to.deep.equal({
      upgraded: 'function',
      widget: false,
      title: 1,
    });
    const el = win.document.querySelector('joint-statement')!;
    expect(shown(el.shadowRoot!.querySelector('[part="title"]')), 'then the widget').to.equal(true);
    expect(shown(el.querySelector('h2')), 'and the full text hidden').to.equal(false);
  });
});

function customElementsIn(doc: Document) {
  return doc.defaultView!.customElements.get('joint-statement');
}
