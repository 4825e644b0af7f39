import { expect, fixture, html } from '@open-wc/testing';
import { closeFrames, openFrame } from '../support/frames.js';
import { captureWarnings, shownSignatories, type JointStatement } from '../support/widget.js';

const DARK = { background: 'rgb(22, 25, 29)', text: 'rgb(230, 232, 235)' };
const LIGHT = { background: 'rgb(255, 255, 255)', text: 'rgb(31, 35, 40)' };
const paletteOf = (el: Element) => {
  const style = el.ownerDocument.defaultView!.getComputedStyle(el);
  return { background: style.backgroundColor, text: style.color };
};

/**
 * The widget page in a frame whose system colour scheme is dark. The iframe's color-scheme
 * becomes the framed page's prefers-color-scheme in Chromium and Firefox; WebKitGTK keeps its
 * own system setting, and there a test of following the system cannot tell anything: skipped.
 */
async function widgetInDarkSystem(test: Mocha.Context): Promise<JointStatement> {
  const win = await openFrame('/test/fixtures/pages/widget.html', { colorScheme: 'dark' });
  if (!win.matchMedia('(prefers-color-scheme: dark)').matches) test.skip();
  return win.document.querySelector<JointStatement>('joint-statement')!;
}

describe('colour themes', () => {
  afterEach(closeFrames);

  for (const lang of ['en', 'es', 'pt']) {
    it(`theme="dark" is dark and passes axe, contrast included, in ${lang}`, async () => {
      const el = await fixture<JointStatement>(html`<joint-statement theme="dark" lang=${lang} expanded></joint-statement>`);
      expect(shownSignatories(el)).to.have.length(7);
      expect(paletteOf(el)).to.deep.equal(DARK);
      await expect(el).to.be.accessible();
    });
  }

  it('theme="auto" is dark when the system is dark, and light when it is light', async function () {
    expect(paletteOf(await widgetInDarkSystem(this))).to.deep.equal(DARK);
    const light = await openFrame('/test/fixtures/pages/widget.html', { colorScheme: 'light' });
    expect(paletteOf(light.document.querySelector('joint-statement')!)).to.deep.equal(LIGHT);
  });

  it('theme="light" stays light whatever the system says', async () => {
    const win = await openFrame('/test/fixtures/pages/widget.html', { colorScheme: 'dark' });
    const el = win.document.querySelector('joint-statement')!;
    el.setAttribute('theme', 'light');
    await (el as JointStatement).updateComplete;
    expect(paletteOf(el)).to.deep.equal(LIGHT);
  });

  it('an unknown theme acts as auto (dark in a dark system), with one warning', async function () {
    const el = await widgetInDarkSystem(this);
    const warnings = captureWarnings(el.ownerDocument.defaultView!.console);
    try {
      el.setAttribute('theme', 'purple');
      el.lang = 'es';
      await el.updateComplete;
      expect(paletteOf(el)).to.deep.equal(DARK);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('theme="purple"');
    } finally {
      warnings.restore();
    }
  });
});

describe('custom properties', () => {
  it('let a partner set border, radius, font and width from the page', async () => {
    const wrapper = await fixture(html`<div>
      <style>
        joint-statement.themed {
          --joint-statement-border: rgb(200, 0, 0);
          --joint-statement-radius: 0px;
          --joint-statement-font: monospace;
          --joint-statement-max-width: 300px;
        }
      </style>
      <joint-statement class="themed"></joint-statement>
    </div>`);
    const el = wrapper.querySelector<JointStatement>('joint-statement')!;
    const style = getComputedStyle(el);
    expect(style.borderTopColor).to.equal('rgb(200, 0, 0)');
    expect(style.borderTopLeftRadius).to.equal('0px');
    expect(style.fontFamily).to.equal('monospace');
    expect(el.getBoundingClientRect().width).to.equal(300);
  });
});
