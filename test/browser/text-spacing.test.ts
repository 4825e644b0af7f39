import { expect, fixture, html } from '@open-wc/testing';
import { defineStatementVariant, manySignatories } from '../support/fixture-statements.js';
import { partsPastTheBox } from '../support/partner-page.js';
import { styleOf } from '../support/hostile.js';
import { shadowOf, type JointStatement } from '../support/widget.js';

// 60 names: past the threshold where the filter shows.
defineStatementVariant('spaced-joint-statement', { signatories: manySignatories(60) });

/** The WCAG 1.4.12 text-spacing override, as the usual bookmarklet injects it into a page. */
const READER_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }
  p { margin-bottom: 2em !important }`;

/** Every kind of text in the widget, by what a reader would call it. */
function textParts(el: JointStatement): [string, Element][] {
  const root = shadowOf(el);
  const one = (name: string, selector: string): [string, Element] => [name, root.querySelector(selector)!];
  return [
    one('title', '[part="title"]'),
    one('translation note', '.note'),
    one('paragraph', '[part="body"] p'),
    one('language button', '[part="language-button"]'),
    one('signatories heading', '.signatories-heading'),
    one('summary', '.summary'),
    one('filter label', '.filter label'),
    one('filter', '[part="filter"]'),
    one('match count', '.filter-count'),
    one('name', '#signatory-list li'),
    one('toggle', '[part="toggle"]'),
    one('source link', '.source a'),
  ];
}

describe('a reader’s text spacing (WCAG 1.4.12)', () => {
  let sheet: HTMLStyleElement | undefined;
  afterEach(() => sheet?.remove());

  it('set on the page, reaches every piece of text: title, paragraphs, buttons and the filter', async () => {
    sheet = document.head.appendChild(document.createElement('style'));
    sheet.textContent = READER_SPACING;
    const el = await fixture<JointStatement>(html`<spaced-joint-statement lang="es" expanded></spaced-joint-statement>`);
    // The page's rules match the element itself, and it hands them on to all its text.
    const host = styleOf(el);
    expect(parseFloat(host.letterSpacing)).to.be.closeTo(0.12 * parseFloat(host.fontSize), 0.01);
    for (const [name, node] of textParts(el)) {
      const style = styleOf(node);
      expect(style.letterSpacing, `${name} letter spacing`).to.equal(host.letterSpacing);
      expect(style.wordSpacing, `${name} word spacing`).to.equal(host.wordSpacing);
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), `${name} line height`).to.be.closeTo(1.5, 0.01);
    }
  });

  it('with paragraph spacing too, nothing is clipped, overlaps or runs out of the widget, even at 320 px', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"><spaced-joint-statement lang="pt" expanded></spaced-joint-statement></div>`);
    const el = wrapper.firstElementChild as JointStatement;
    // A page's `p` rule cannot reach paragraphs inside a shadow root. A reader's own style
    // sheet (a browser extension's user styles) applies in every tree, and so do tools that
    // walk open shadow roots: that is what this puts in place.
    const inside = new CSSStyleSheet();
    inside.replaceSync(READER_SPACING);
    shadowOf(el).adoptedStyleSheets = [...shadowOf(el).adoptedStyleSheets, inside];
    const paragraph = shadowOf(el).querySelector('[part="body"] p')!;
    expect(parseFloat(styleOf(paragraph).marginBottom)).to.equal(2 * parseFloat(styleOf(paragraph).fontSize));

    for (const [name, node] of textParts(el)) {
      expect(node.scrollWidth, `${name} fits its width`).to.be.at.most(node.clientWidth || Infinity);
      expect(node.scrollHeight, `${name} fits its height`).to.be.at.most(node.clientHeight || Infinity);
    }
    const filter = shadowOf(el).querySelector<HTMLInputElement>('[part="filter"]')!;
    const filterStyle = styleOf(filter);
    const textRoom = filter.clientHeight - parseFloat(filterStyle.paddingTop) - parseFloat(filterStyle.paddingBottom);
    expect(textRoom, 'the filter has room for a whole line').to.be.at.least(parseFloat(filterStyle.lineHeight) - 0.5);

    // Blocks follow one another without overlapping (the sticky "Show fewer" floats over the
    // names by design), and buttons side by side do not touch.
    const root = shadowOf(el);
    for (const parent of [root.querySelector('article')!, root.querySelector('[part="signatories"]')!, root.querySelector('.filter')!]) {
      const inFlow = [...parent.children].filter((child) => child.getClientRects().length && styleOf(child).position !== 'sticky');
      const boxes = inFlow.map((child) => child.getBoundingClientRect());
      boxes
        .slice(1)
        .forEach((box, i) => expect(box.top, `${parent.localName} child ${i + 2} starts below the one before`).to.be.at.least(boxes[i].bottom - 0.5));
    }
    const buttons = [...root.querySelectorAll('[part="language-button"]')].map((button) => button.getBoundingClientRect());
    for (const [i, a] of buttons.entries()) {
      for (const b of buttons.slice(i + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, 'language buttons do not overlap').to.equal(true);
      }
    }
    expect(partsPastTheBox(el)).to.deep.equal([]);
  });
});
