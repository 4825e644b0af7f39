import { expect, waitUntil } from '@open-wc/testing';
import { builtDir } from '../support/built-statement.js';
import { closeFrames } from '../support/frames.js';

// A reader on a slow connection starts reading the snippet's full text before the script
// arrives. The widget that replaces it is taller (the language row sits above the title), so
// the paragraph being read would move down by that much where the browser does not anchor
// scrolling itself (WebKit). The element keeps it where it was, in every engine.

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 740 } };
const SCRIPT_DELAY_MS = 1500;
/** Where the reader holds the paragraph they are reading: near the top of the window. */
const READING_AT = 120;

let loads = 0;
function partnerArticle(snippet: string): string {
  // A new URL for each page, so no page finds the script in the browser's cache.
  const local = snippet.replace(/(<script src=")[^"]*/, `$1${builtDir}/joint-statement.js?delay=${SCRIPT_DELAY_MS}&load=${++loads}`);
  const paragraph = '<p>The partner’s own article, before and after the statement it publishes with the organisations that signed it.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; font: 18px/1.6 Georgia, serif; } main { max-width: 46rem; margin: 0 auto; padding: 0 1.5rem; } .below { min-height: 3000px; }</style></head>
<body><main><h1>Our coalition joins the call</h1>${paragraph}${paragraph}
${local}
<div class="below">${paragraph.repeat(12)}</div></main></body></html>`;
}

const nextFrames = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

describe('a reader already reading when the script arrives', function () {
  this.timeout(30000);
  let snippet: string;
  before(async () => {
    snippet = await (await fetch(`${builtDir}/embed.html`)).text();
  });
  afterEach(closeFrames);

  for (const [viewport, { width, height }] of Object.entries(VIEWPORTS)) {
    it(`keeps the paragraph being read where it was on screen as the full text becomes the widget, ${viewport} ${width}×${height}`, async () => {
      const frame = document.createElement('iframe');
      frame.width = String(width);
      frame.height = String(height);
      frame.style.cssText = 'position: fixed; top: 0; left: 0; border: 0;';
      frame.srcdoc = partnerArticle(snippet);
      document.body.append(frame);
      // Parsed and shown, the deferred script still on its way.
      await waitUntil(
        () => frame.contentDocument?.querySelector('joint-statement [data-block]') && frame.contentDocument.readyState !== 'loading',
        'the page was parsed',
        { timeout: 8000 },
      );
      const win = frame.contentWindow as Window & typeof globalThis;
      const el = win.document.querySelector<any>('joint-statement');
      expect(win.customElements.get('joint-statement'), 'the script had not run yet').to.equal(undefined);

      // The reader scrolls into the statement: its second paragraph near the top.
      const fallbackBlock = el.querySelectorAll('[data-block]')[1] as HTMLElement;
      win.scrollTo({ top: win.scrollY + fallbackBlock.getBoundingClientRect().top - READING_AT, behavior: 'instant' });
      await nextFrames(win);
      const before = fallbackBlock.getBoundingClientRect().top;
      const scrolledBefore = win.scrollY;
      expect(before, 'the page scrolled the paragraph there').to.be.closeTo(READING_AT, 2);

      await waitUntil(() => el.hasUpdated, 'the widget upgraded', { timeout: 8000 });
      await nextFrames(win);
      const widgetBlock = el.shadowRoot.querySelectorAll('[data-block]')[1] as HTMLElement;
      const after = widgetBlock.getBoundingClientRect().top;
      // The upgrade did move the paragraph on the page (the widget's heading and type differ from
      // the page's, and the language row is new): what the reader would have seen jump.
      expect(Math.abs(after + win.scrollY - (before + scrolledBefore)), 'the paragraph moved on the page').to.be.above(20);
      expect(after, `the paragraph stayed at ${READING_AT}px (scrollY ${win.scrollY})`).to.be.closeTo(before, 2);
    });
  }
});
