import { expect, fixture, html } from '@open-wc/testing';
import '../../src/joint-statement-define.js';
import { longListStyles } from '../../src/signatory-list.styles.js';
import { closeFrames, openFrame } from '../support/frames.js';

const titleIn = (el: Element) => el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim();

describe('the one-file bundle (dist/joint-statement.js)', () => {
  afterEach(closeFrames);

  it('renders the statement when loaded as a classic <script src defer>', async () => {
    const win = await openFrame('/test/fixtures/pages/classic.html');
    const el = win.document.querySelector('joint-statement')!;
    expect(titleIn(el)).to.match(/^Organizaciones de derechos humanos instan al Grupo de Lima/);
    expect(el.shadowRoot!.querySelectorAll('[part="body"] p')).to.have.length(4);
  });

  it('renders the statement when loaded as <script type="module">', async () => {
    const win = await openFrame('/test/fixtures/pages/module.html');
    expect(titleIn(win.document.querySelector('joint-statement')!)).to.match(/^Organizações de direitos humanos/);
  });

  it('loads three times on one page (classic and module) without an error, defined once', async () => {
    const win = (await openFrame('/test/fixtures/pages/twice.html')) as Window & { pageErrors: string[] };
    const [first, second] = win.document.querySelectorAll('joint-statement');
    expect(win.pageErrors).to.deep.equal([]);
    expect(titleIn(first)).to.match(/^Organizaciones/);
    expect(titleIn(second)).to.match(/^Organizações/);
    expect(first.constructor).to.equal(second.constructor);
  });

  it('carries the same styles as the source, though its CSS is minified, less the filter of long lists', async () => {
    const win = await openFrame('/test/fixtures/pages/classic.html');
    const textOf = (sheet: CSSStyleSheet) => [...sheet.cssRules].map((rule) => rule.cssText);
    const rulesOf = (el: Element) => el.shadowRoot!.adoptedStyleSheets.flatMap(textOf);
    const fromSource = await fixture(html`<joint-statement></joint-statement>`);
    const bundled = rulesOf(win.document.querySelector('joint-statement')!);
    // The seed's seven names never show the filter: its bundle leaves the filter's rules out
    // (test/node/specialise.test.mjs checks a longer list keeps them).
    const filterRules = textOf(longListStyles().styleSheet!);
    expect(filterRules.length).to.be.greaterThan(5);
    // The browser serialises both from its own parse, so any rule the minifier changed shows.
    expect(bundled).to.deep.equal(rulesOf(fromSource).filter((rule) => !filterRules.includes(rule)));
    expect(bundled.length).to.be.at.least(30);
  });
});
