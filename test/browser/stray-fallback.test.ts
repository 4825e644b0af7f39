import { expect } from '@open-wc/testing';
import { closeFrames, openFrame } from '../support/frames.js';
import { builtDir, statement } from '../support/built-statement.js';
import { titleOf } from '../support/widget.js';

// Editors and Markdown tools that close the element before its content (a shortcode typed
// inside a sentence, a snippet line read as a paragraph) leave the full text beside the
// element. Readers must still see the statement once: the element takes its text back and
// says, once, in the console, how to paste it.

/** A partner page around `body`, the built script loaded as the snippet loads it (or in <head>, run while the page is parsed). */
async function partnerPage(body: string, { scriptInHead = false } = {}) {
  const script = `<script src="${builtDir}/joint-statement.js"${scriptInHead ? '' : ' defer'}></script>`;
  const srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.warnings = []; const warn = console.warn; console.warn = (...args) => { window.warnings.push(args.join(' ')); warn(...args); };</script>
${scriptInHead ? script : ''}</head><body><main><p>Our coalition signed this statement.</p>
${body}
<p>Share it with your networks.</p></main>${scriptInHead ? '' : script}</body></html>`;
  const win = (await openFrame({ srcdoc })) as Window & typeof globalThis & { warnings: string[] };
  const el = win.document.querySelector<any>('joint-statement')!;
  await el.updateComplete;
  return { win, el };
}

/** The statement's titles the reader sees: the widget's, and any heading of the page's own. */
function shownTitles(win: Window, el: any, title: string): number {
  const pageHeadings = [...win.document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.textContent!.trim() === title && h.checkVisibility());
  return pageHeadings.length + (titleOf(el)?.checkVisibility() ? 1 : 0);
}

describe('the full text left beside the element by an editor', () => {
  let fullText: string;
  let title: string;
  before(async () => {
    fullText = (await (await fetch(`${builtDir}/full-text/${statement.original}.html`)).text()).trim();
    title = /<h2>([^<]*)<\/h2>/.exec(fullText)![1];
  });
  afterEach(closeFrames);

  it('is taken back when a shortcode inside a sentence put the element in a paragraph', async () => {
    // What WordPress prints for "Read the statement: [joint-statement]" in a paragraph.
    const { win, el } = await partnerPage(`<p>Read the statement: <joint-statement statement="${statement.id}">\n${fullText}\n</joint-statement></p>`);
    expect(win.document.querySelector('main > article'), 'no article left beside the element').to.equal(null);
    expect(el.querySelector('article'), 'the element holds its text again').to.not.equal(null);
    expect(shownTitles(win, el, title)).to.equal(1);
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.match(/took back its text[^]*paste the snippet on lines of its own/);
  });

  it('is taken back when a Markdown tool made the first line a paragraph, also with the script running while the page is parsed', async () => {
    const early = `<p><joint-statement statement="${statement.id}"></p>\n${fullText}\n</joint-statement>`;
    for (const scriptInHead of [false, true]) {
      const { win, el } = await partnerPage(early, { scriptInHead });
      expect(el.hasUpdated).to.equal(true);
      expect(shownTitles(win, el, title), `script in head: ${scriptInHead}`).to.equal(1);
      expect(win.warnings, `script in head: ${scriptInHead}`).to.have.length(1);
      closeFrames();
    }
  });

  it('leaves alone an article of the page that is not the statement, and a snippet pasted as given', async () => {
    const other = `<p><joint-statement></joint-statement></p>\n<article><h2>Our own news</h2><p><a href="https://example.org/">More</a></p></article>`;
    const { win } = await partnerPage(other);
    expect(win.document.querySelector('main > article')!.textContent).to.contain('Our own news');
    expect(win.warnings).to.have.length(0);
    closeFrames();
    const pasted = await partnerPage(`<hr hidden><joint-statement statement="${statement.id}">\n${fullText}\n<hr hidden></joint-statement>`);
    expect(shownTitles(pasted.win, pasted.el, title)).to.equal(1);
    expect(pasted.win.warnings).to.have.length(0);
  });
});
