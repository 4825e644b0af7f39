import { expect, fixture, html } from '@open-wc/testing';
import { closeFrames, openFrame } from '../support/frames.js';
import { partsOf, sizeOf, styleOf } from '../support/hostile.js';
import { isShown, titleOf, type JointStatement } from '../support/widget.js';

// What we decided (see also src/joint-statement.styles.ts):
// - Type selectors on the page (`p`, `button`, `li`...) cannot reach inside the shadow root,
//   whatever their !important; only inherited properties cross, through the host element.
// - The host element and its ancestors belong to the partner: `joint-statement { display: none }`
//   or a `visibility: hidden` ancestor (a closed accordion, say) is their choice, and the widget
//   does not fight it.
// - Layout internals are the widget's own: `* { box-sizing: content-box !important }` also
//   matches the host element, so the widget defends box-sizing with an !important of its own,
//   which wins over the page's because important declarations of the inner (shadow) context
//   beat those of the outer one.

// Tall enough for the expanded widget: a scrollbar (Firefox, WebKit) would narrow one page only.
const [WIDTH, HEIGHT] = [900, 2000];

describe('a partner page with hostile global CSS', () => {
  let clean: JointStatement;
  let hostile: JointStatement;

  before(async () => {
    const widgetIn = async (path: string) =>
      (await openFrame(path, { width: WIDTH, height: HEIGHT })).document.querySelector<JointStatement>('joint-statement')!;
    clean = await widgetIn('/test/fixtures/hostile/clean.html');
    hostile = await widgetIn('/test/fixtures/hostile/hostile-css.html');
  });
  after(closeFrames);

  it('the hostile rules are in force on the page itself', () => {
    const page = hostile.ownerDocument;
    const style = page.defaultView!.getComputedStyle(page.getElementById('page-paragraph')!);
    expect(style.visibility).to.equal('hidden');
    expect(style.fontSize).to.equal('9px');
  });

  it('keeps text, language buttons and the toggle visible', () => {
    for (const [name, node] of partsOf(hostile)) {
      if (name.startsWith('signatory ') && !isShown(node)) continue; // collapsed by design
      const style = styleOf(node);
      expect(isShown(node), `${name} has a box`).to.equal(true);
      expect(style.visibility, `${name} visibility`).to.equal('visible');
      expect(style.opacity, `${name} opacity`).to.equal('1');
    }
  });

  for (const expanded of [false, true]) {
    it(`keeps every part at its designed size and colour, list ${expanded ? 'expanded' : 'collapsed'}`, async () => {
      clean.expanded = hostile.expanded = expanded;
      await Promise.all([clean.updateComplete, hostile.updateComplete]);
      const designed = partsOf(clean);
      const got = partsOf(hostile);
      expect([...got.keys()]).to.deep.equal([...designed.keys()]);
      for (const [name, node] of designed) {
        const other = got.get(name)!;
        expect(sizeOf(other), `${name} size`).to.deep.equal(sizeOf(node));
        const [want, have] = [styleOf(node), styleOf(other)];
        expect(have.color, `${name} colour`).to.equal(want.color);
        expect(have.fontSize, `${name} font size`).to.equal(want.fontSize);
        expect(have.boxSizing, `${name} box-sizing`).to.equal('border-box');
      }
    });
  }

  it('still hides the no-script fallback link, which `a { display: inline !important }` cannot reveal', () => {
    expect(isShown(hostile.querySelector('a')!)).to.equal(false);
  });
});

describe('the widget’s own styles', () => {
  after(closeFrames);

  it('leak nothing into the page: its paragraphs, buttons, lists and headings keep their computed style', async () => {
    const withWidget = await openFrame('/test/fixtures/hostile/clean.html', { width: WIDTH, height: HEIGHT });
    const without = await openFrame('/test/fixtures/hostile/no-widget.html', { width: WIDTH, height: HEIGHT, widgets: false });
    expect(without.customElements.get('joint-statement'), 'the comparison page has no widget').to.equal(undefined);
    for (const id of ['page-heading', 'page-paragraph', 'page-button', 'page-list', 'page-paragraph-after']) {
      const [want, have] = [without, withWidget].map((win) => win.getComputedStyle(win.document.getElementById(id)!));
      for (const property of [...want]) {
        expect(have.getPropertyValue(property), `#${id} ${property}`).to.equal(want.getPropertyValue(property));
      }
    }
    expect(withWidget.document.adoptedStyleSheets ?? [], 'no style sheet adopted by the document').to.have.length(0);
    expect(withWidget.document.styleSheets, 'no style sheet added to the document').to.have.length(0);
  });
});

describe('the partner can still hide it', () => {
  // The host element and its ancestors are the partner's: the widget does not fight them.
  it('with display: none on the element, or visibility: hidden on an ancestor (a closed panel)', async () => {
    const hidden = await fixture<JointStatement>(html`<joint-statement style="display: none"></joint-statement>`);
    expect(isShown(titleOf(hidden))).to.equal(false);
    const panel = await fixture(html`<div style="visibility: hidden"><joint-statement></joint-statement></div>`);
    expect(styleOf(titleOf(panel.querySelector('joint-statement')!)).visibility).to.equal('hidden');
  });
});
