import { expect } from '@open-wc/testing';
import { closeFrames } from '../support/frames.js';
import { openPartnerPage, partsPastTheBox } from '../support/partner-page.js';
import { styleOf } from '../support/hostile.js';
import { languageButtons, paragraphsOf, shadowOf, titleOf, toggleOf } from '../support/widget.js';

// 200 % text set as a page does it (`html { font-size: 200% }`) and as a browser's font-size
// setting does (it is what the root's percentage refers to): the two come to the same sizes,
// and only the first can be set from a test in every engine.
const fontSize = (node: Element) => parseFloat(styleOf(node).fontSize);

describe('large text on a phone (WCAG 1.4.10 reflow, 1.4.4 resize text)', () => {
  afterEach(closeFrames);

  for (const lang of ['pt', 'es', 'en']) {
    it(`at 320 px with 200 % text, in ${lang}, nothing is wider than the widget and the page does not scroll sideways`, async () => {
      const { win, el } = await openPartnerPage('html { font-size: 200% }', `<joint-statement lang="${lang}" expanded></joint-statement>`, 320, 640);
      expect(fontSize(paragraphsOf(el)[0]), 'the text is at 200 %').to.equal(32);
      expect(partsPastTheBox(el)).to.deep.equal([]);
      const page = win.document.documentElement;
      expect(page.scrollWidth, 'the page is no wider than the window').to.be.at.most(page.clientWidth);
      // The widget's padding does not grow with the text until it eats the column.
      const column = el.getBoundingClientRect().width - parseFloat(styleOf(el).paddingLeft) - parseFloat(styleOf(el).paddingRight);
      expect(column / el.getBoundingClientRect().width, 'share of the widget left for text').to.be.at.least(0.8);
    });
  }

  it('wraps "Organizações" in the Portuguese title inside the widget at 320 px and 200 %', async () => {
    const { el } = await openPartnerPage('html { font-size: 200% }', '<joint-statement lang="pt"></joint-statement>', 320, 640);
    const title = titleOf(el);
    expect(title.textContent).to.contain('Organizações');
    expect(title.scrollWidth, 'the title’s text fits its box').to.be.at.most(title.clientWidth);
    for (const button of [...languageButtons(el), toggleOf(el)!]) {
      expect(button.scrollWidth, `${button.textContent!.trim()} fits its button`).to.be.at.most(button.clientWidth);
    }
  });
});

describe('a site on the 62.5 % root-font trick', () => {
  afterEach(closeFrames);
  const article = '<p id="around">The partner’s article, at the size the theme chose.</p>';

  it('shows the statement no smaller than the article around it', async () => {
    const { win, el } = await openPartnerPage('html { font-size: 62.5% } body { font-size: 1.6rem }', `${article}<joint-statement></joint-statement>`);
    const around = fontSize(win.document.getElementById('around')!);
    expect(around, 'the theme’s article text').to.equal(16);
    for (const paragraph of paragraphsOf(el)) expect(fontSize(paragraph), 'a paragraph of the statement').to.be.at.least(around);
    expect(fontSize(titleOf(el)), 'the title is larger than the text').to.be.above(around);
    // Notes, buttons and the summary are a little smaller than the body text by design.
    for (const node of shadowOf(el).querySelectorAll('.note, .summary, .source, button, li')) {
      expect(fontSize(node), `${node.localName}.${node.className}`).to.be.at.least(0.9 * around);
    }
  });

  it('still grows when the reader raises the browser’s font size', async () => {
    // The reader doubles the default size: the theme's 62.5 % of it is then 125 % of 16 px.
    const { el } = await openPartnerPage('html { font-size: 125% } body { font-size: 1.6rem }', `${article}<joint-statement></joint-statement>`);
    expect(fontSize(paragraphsOf(el)[0])).to.equal(32);
  });

  it('follows a theme whose article text is larger than the browser’s default', async () => {
    const { win, el } = await openPartnerPage('body { font-size: 20px }', `${article}<joint-statement></joint-statement>`);
    expect(fontSize(win.document.getElementById('around')!)).to.equal(20);
    expect(fontSize(paragraphsOf(el)[0])).to.equal(20);
  });

  it('keeps the browser’s size on a page with smaller text around it', async () => {
    const { el } = await openPartnerPage('body { font-size: 12px }', `${article}<joint-statement></joint-statement>`);
    expect(fontSize(paragraphsOf(el)[0])).to.equal(16);
  });
});
