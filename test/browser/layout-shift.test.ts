import { expect } from '@open-wc/testing';
import { closeFrames, openFrame } from '../support/frames.js';
import { builtDir } from '../support/built-statement.js';

// A partner is judged by the Core Web Vitals of their own page: pasting the statement must not
// make it shift (Cumulative Layout Shift). Each snippet goes into a realistic partner article —
// header, h1, two paragraphs, the snippet, a long article below — at desktop and phone sizes,
// with the script arriving at once or held back past the first paint, and every layout shift
// the page reports is added up (all of them: Chromium's mobile emulation marks some as
// `hadRecentInput` without any input, so none are left out).

interface Snippet {
  name: string;
  code: string;
}
interface SnippetModule {
  everySnippet(embed: unknown, files: Record<string, string>): Snippet[];
  everyPartFile(embed: unknown): string[];
}

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 740 } };
const SCRIPT_DELAY_MS = 600;

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the partner's own article. Our coalition has followed the situation closely and publishes this statement together with the organisations that signed it.</p>`;

/** The script a snippet names: the plain bundle, or the hydrating one of pre-rendered snippets. */
const scriptOf = (snippet: string) =>
  `${builtDir}/${/<script src="[^"]*joint-statement-hydrate[^"]*"/.test(snippet) ? 'joint-statement-hydrate.js' : 'joint-statement.js'}`;

/** The partner's article around the snippet; the script's URL (CDN or self-hosted) is swapped for this server's copy of the same file. */
let loads = 0;
function partnerArticle(snippet: string, delay: number, pageLang = 'en'): string {
  // A new URL for each page, so no page finds the script in the browser's cache.
  const url = `${scriptOf(snippet)}?delay=${delay}&load=${++loads}`;
  const local = snippet.replace(/(<script src=")[^"]*/, `$1${url}`);
  return `<!doctype html><html lang="${pageLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; font: 18px/1.6 Georgia, serif; } header { padding: 1rem 1.5rem; background: #2d3b2f; color: #fff; }
main { max-width: 46rem; margin: 0 auto; padding: 0 1.5rem; } .below { min-height: 3000px; }</style></head>
<body><header>Partner organisation</header><main><h1>Our coalition joins the call for a peaceful solution</h1>
${paragraph(1)}${paragraph(2)}
${local}
<div class="below">${Array.from({ length: 12 }, (_, i) => paragraph(i + 3)).join('')}</div></main></body></html>`;
}

interface Measured {
  total: number;
  largest: number;
  scriptAfterFirstPaint: boolean;
  /** What moved, for the failure message: "P.below 0,900 → 0,1020". */
  moved: string[];
}

interface LayoutShift {
  value: number;
  sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

const describeNode = (node?: Node | null) => (node ? node.nodeName.toLowerCase() : 'a box');
const describeRect = ({ x, y, width, height }: DOMRectReadOnly) => `${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)}`;

/** Loads the page in a frame of the given size, waits for the widget, and adds up every layout shift. */
async function measure(html: string, { width, height }: { width: number; height: number }): Promise<Measured> {
  const scriptPath = scriptOf(html);
  const win = (await openFrame(
    { srcdoc: html },
    {
      width,
      height,
      style: 'position: fixed; top: 0; left: 0; border: 0;',
      // Upgraded (a pre-rendered widget has its title before any script runs).
      until: { condition: (page) => page.document.querySelector<any>('joint-statement').hasUpdated, message: 'the widget upgraded (integrity matched)' },
    },
  )) as Window & typeof globalThis;
  // Let the widget's later frames (idle preparation, list growth) happen too.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

  const shifts = await new Promise<LayoutShift[]>((resolve) => {
    const observer = new win.PerformanceObserver((list) => {
      observer.disconnect();
      resolve(list.getEntries() as unknown as LayoutShift[]);
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    // No buffered entry at all means no shift: the callback may then never come.
    setTimeout(() => resolve([]), 500);
  });
  const firstPaint = win.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
  const script = win.performance.getEntriesByType('resource').find((entry) => entry.name.includes(`${scriptPath}?`)) as PerformanceResourceTiming;
  win.frameElement!.remove();
  return {
    total: shifts.reduce((sum, shift) => sum + shift.value, 0),
    largest: Math.max(0, ...shifts.map((shift) => shift.value)),
    scriptAfterFirstPaint: script.responseEnd > firstPaint,
    moved: shifts.flatMap((shift) =>
      shift.sources.map(
        (source) => `${shift.value.toFixed(4)}: ${describeNode(source.node)} ${describeRect(source.previousRect)} → ${describeRect(source.currentRect)}`,
      ),
    ),
  };
}

describe('layout shift on a partner article', function () {
  let snippets: Snippet[];
  afterEach(closeFrames);

  before(async function () {
    if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      // Only Chromium reports layout shifts (as only Chrome's users feed Core Web Vitals).
      this.skip();
    }
    const index = await (await fetch('/dist/embed.json')).json();
    const embed = { package: index.package, version: index.version, ...index.statements.find(({ id }: { id: string }) => `/dist/${id}` === builtDir) };
    // The module the generator and the build write snippets with (plain JavaScript, so untyped here).
    const module: SnippetModule = await import('/src/snippets/index.js' as string);
    const files: Record<string, string> = {};
    for (const file of module.everyPartFile(embed)) files[file] = await (await fetch(`${builtDir}/${file}`)).text();
    // The element's snippets as pasted (the newsletter's plain HTML has no widget to measure).
    const htmlSnippets = module.everySnippet(embed, files).filter(({ code }) => code.includes('<joint-statement'));
    // Past its script line (whose URL is swapped for this server's anyway), a snippet does not
    // depend on the destination or on where the script comes from: one page per distinct rest.
    const byMarkup = new Map<string, Snippet[]>();
    for (const snippet of htmlSnippets) {
      const markup = snippet.code.slice(snippet.code.indexOf('\n'));
      byMarkup.set(markup, [...(byMarkup.get(markup) ?? []), snippet]);
    }
    snippets = [
      { name: `dist/${embed.snippet}`, code: await (await fetch(`/dist/${embed.snippet}`)).text() },
      { name: `dist/${embed.prerendered}`, code: await (await fetch(`/dist/${embed.prerendered}`)).text() },
      ...[...byMarkup.values()].map((same) => ({
        name: `the generator's ${same.length} ${same[0].name.split(', ')[0]} snippets with ${same[0].name.split(', ').at(-1)}`,
        code: same[0].code,
      })),
    ];
  });

  it('is really measured: a link-only fallback that grows into the widget shifts the page', async () => {
    const linkOnly = `<script src="https://cdn.jsdelivr.net/npm/joint-statement@0.1.0/dist/joint-statement.js" defer></script>
<joint-statement><a href="https://example.org/statement">Read the joint statement</a></joint-statement>`;
    const { total, scriptAfterFirstPaint } = await measure(partnerArticle(linkOnly, SCRIPT_DELAY_MS), VIEWPORTS.desktop);
    expect(scriptAfterFirstPaint).to.equal(true);
    expect(total).to.be.above(0.05);
  });

  // A snippet that follows the page's language shows another language than a render made in
  // the original: a pre-rendered one must not hydrate in one and then switch to the other.
  it('adds no layout shift on a page in another language than the original, for every snippet offered with the defaults', async function () {
    this.timeout(60000);
    const defaults = snippets.filter(({ name }) => name.startsWith('dist/') || name.endsWith('defaults'));
    expect(defaults.filter(({ code }) => scriptOf(code).includes('hydrate')).length, 'pre-rendered snippets measured').to.be.at.least(2);
    for (const snippet of defaults) {
      const { total, largest, moved } = await measure(partnerArticle(snippet.code, SCRIPT_DELAY_MS, 'es'), VIEWPORTS.desktop);
      expect(largest, `${snippet.name}: no single shift above 0.001 (${moved.join('; ')})`).to.be.at.most(0.001);
      expect(total, `${snippet.name}: CLS 0.000 (${moved.join('; ')})`).to.be.below(0.0005);
    }
  });

  for (const [viewport, size] of Object.entries(VIEWPORTS)) {
    for (const [timing, delay] of [
      ['the script held back past the first paint', SCRIPT_DELAY_MS],
      ['the script at once', 0],
    ] as const) {
      it(`adds no layout shift, ${viewport} ${size.width}×${size.height}, ${timing}, for every snippet offered`, async function () {
        this.timeout(60000);
        const results: string[] = [];
        expect(snippets.filter(({ code }) => scriptOf(code).includes('hydrate')).length, 'pre-rendered snippets measured').to.be.at.least(3);
        for (const snippet of snippets) {
          const { total, largest, scriptAfterFirstPaint, moved } = await measure(partnerArticle(snippet.code, delay), size);
          if (delay) expect(scriptAfterFirstPaint, `${snippet.name}: the script arrived after the first paint`).to.equal(true);
          results.push(`${snippet.name}: CLS ${total.toFixed(4)}`);
          expect(largest, `${snippet.name}: no single shift above 0.001 (${moved.join('; ')})`).to.be.at.most(0.001);
          expect(total, `${snippet.name}: CLS 0.000 (${moved.join('; ')})`).to.be.below(0.0005);
        }
        console.log(`${viewport}, ${timing}: ${results.join('; ')}`);
      });
    }
  }
});
