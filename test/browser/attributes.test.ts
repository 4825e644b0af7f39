import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings, paragraphsOf, shadowOf, shownSignatories, titleOf, type JointStatement } from '../support/widget.js';

describe('heading-level', () => {
  for (const level of [2, 3, 4, 5, 6]) {
    it(`makes the title an h${level} and the signatory heading one level below (at most h6)`, async () => {
      const el = await fixture<JointStatement>(html`<joint-statement heading-level=${level}></joint-statement>`);
      expect(titleOf(el).localName).to.equal(`h${level}`);
      expect(shadowOf(el).querySelector('.signatories-heading')!.localName).to.equal(`h${Math.min(level + 1, 6)}`);
    });
  }
});

describe('bad attributes fall back to the default with one warning', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  for (const bad of ['1', '7', 'two', '', '2.5']) {
    it(`heading-level="${bad}" gives an h2`, async () => {
      const el = await fixture<JointStatement>(html`<joint-statement heading-level=${bad}></joint-statement>`);
      el.lang = 'es'; // a later render must not repeat the warning
      await el.updateComplete;
      expect(titleOf(el).localName).to.equal('h2');
      expect(paragraphsOf(el)).to.have.length(4);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`heading-level="${bad}"`).and.to.contain('using 2');
    });
  }

  for (const bad of ['-1', 'many', '1.5', '']) {
    it(`preview-count="${bad}" shows three`, async () => {
      const el = await fixture<JointStatement>(html`<joint-statement preview-count=${bad}></joint-statement>`);
      el.lang = 'pt';
      await el.updateComplete;
      expect(shownSignatories(el)).to.have.length(3);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(`preview-count="${bad}"`).and.to.contain('using 3');
    });
  }

  it('warns again only for a different bad value', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement preview-count="x"></joint-statement>`);
    el.setAttribute('preview-count', 'y');
    await el.updateComplete;
    el.setAttribute('preview-count', 'x');
    await el.updateComplete;
    expect(warnings.messages).to.have.length(2);
  });

  it('recovers when a bad value is corrected', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement heading-level="9"></joint-statement>`);
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(titleOf(el).localName).to.equal('h4');
  });
});

describe('properties set before the element is defined', () => {
  it('are kept when it upgrades', async () => {
    const tag = 'late-joint-statement';
    const el = document.createElement(tag) as JointStatement;
    Object.assign(el, { lang: 'pt', expanded: true });
    document.body.append(el);
    const { JointStatement } = await import('../../src/joint-statement.js');
    customElements.define(tag, class extends JointStatement {});
    await el.updateComplete;
    expect(shadowOf(el).querySelector('article')!.getAttribute('lang')).to.equal('pt');
    expect(shownSignatories(el)).to.have.length(7);
    el.remove();
  });
});

describe('several instances on one page', () => {
  it('keep their own language and list state', async () => {
    const page = await fixture(html`<div>
      <joint-statement id="a"></joint-statement>
      <joint-statement id="b" lang="es"></joint-statement>
    </div>`);
    const [a, b] = page.querySelectorAll<JointStatement>('joint-statement');
    shadowOf(a).querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    shadowOf(b).querySelector<HTMLButtonElement>('button[lang="pt"]')!.click();
    await a.updateComplete;
    await b.updateComplete;
    expect(shownSignatories(a)).to.have.length(7);
    expect(shownSignatories(b)).to.have.length(3);
    expect(shadowOf(a).querySelector('article')!.lang).to.equal('en');
    expect(shadowOf(b).querySelector('article')!.lang).to.equal('pt');
  });
});

describe('attributes the author did not write', () => {
  it('a bare element carries none after it upgrades and renders', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement></joint-statement>`);
    expect(titleOf(el).textContent).to.match(/^Human Rights Organizations/);
    expect(el.getAttributeNames()).to.deep.equal([]);
    expect(el.theme).to.equal('auto');
  });

  it('theme reflects once set from code, and removing the attribute means auto again', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement></joint-statement>`);
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    el.removeAttribute('theme');
    await el.updateComplete;
    expect(el.theme).to.equal('auto');
    expect(el.hasAttribute('theme')).to.equal(false);
  });

  it('keeps exactly the attributes it was given', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="es" theme="light" heading-level="3"></joint-statement>`);
    expect(el.getAttributeNames().sort()).to.deep.equal(['heading-level', 'lang', 'theme']);
  });
});
