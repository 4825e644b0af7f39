import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  captureWarnings,
  type JointStatement,
  languageButton,
  languageButtons,
  paragraphsOf,
  settled,
  shadowOf,
  shownLang,
  titleOf,
} from '../support/widget.js';

describe('choosing the language', () => {
  it('uses its own lang attribute first', async () => {
    const el = await fixture<JointStatement>(html`<div lang="pt"><joint-statement lang="es"></joint-statement></div>`);
    expect(shownLang(el.querySelector('joint-statement')!)).to.equal('es');
  });

  it('matches a regional tag on its primary subtag (es-VE, pt-BR)', async () => {
    const spanish = await fixture<JointStatement>(html`<joint-statement lang="es-VE"></joint-statement>`);
    const portuguese = await fixture<JointStatement>(html`<joint-statement lang="PT-br"></joint-statement>`);
    expect(shownLang(spanish)).to.equal('es');
    expect(shownLang(portuguese)).to.equal('pt');
  });

  it("follows the partner page's language when it has none of its own", async () => {
    const wrapper = await fixture(html`<section lang="pt-BR"><div><joint-statement></joint-statement></div></section>`);
    const el = wrapper.querySelector('joint-statement')!;
    expect(shownLang(el)).to.equal('pt');
    expect(el.shownLanguage).to.equal('pt');
  });

  it('follows the language of a component it is placed inside, across the shadow boundary', async () => {
    const host = await fixture(html`<div lang="es"><span></span></div>`);
    const root = host.querySelector('span')!.attachShadow({ mode: 'open' });
    const el = document.createElement('joint-statement');
    root.append(el);
    await el.updateComplete;
    expect(shownLang(el)).to.equal('es');
  });

  it('shows the original (English) when the page is in a language the statement lacks, without a warning', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture(html`<div lang="fr"><joint-statement></joint-statement></div>`);
      expect(shownLang(wrapper.querySelector('joint-statement')!)).to.equal('en');
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('shows the original when no language is set anywhere', async () => {
    const wrapper = await fixture(html`<div lang=""><joint-statement></joint-statement></div>`);
    expect(shownLang(wrapper.querySelector('joint-statement')!)).to.equal('en');
  });

  it('falls back to the original with one warning for an unknown lang attribute', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<JointStatement>(html`<joint-statement lang="klingon"></joint-statement>`);
      el.previewCount = 4; // another render must not warn again
      await el.updateComplete;
      expect(shownLang(el)).to.equal('en');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('lang="klingon"');
    } finally {
      warnings.restore();
    }
  });

  it('switches when the lang property is set from code, without firing language-change', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement></joint-statement>`);
    let fired = 0;
    el.addEventListener('language-change', () => fired++);
    el.lang = 'pt';
    await el.updateComplete;
    expect(titleOf(el).textContent).to.contain('Organizações de direitos humanos');
    expect(el.getAttribute('lang'), 'reflected').to.equal('pt');
    expect(fired).to.equal(0);
  });
});

describe('the language switcher', () => {
  it('offers each language by its own name and marks the current one', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="es"></joint-statement>`);
    const buttons = languageButtons(el);
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['English', 'Español', 'Português']);
    expect(buttons.map((b) => b.getAttribute('lang'))).to.deep.equal(['en', 'es', 'pt']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false']);
    expect(shadowOf(el).querySelector('[part="switcher"]')!.getAttribute('aria-label')).to.equal('Idioma');
  });

  it('switches on click and tells the page with language-change (bubbling, composed)', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement></joint-statement>`);
    const heard = oneEvent(document, 'language-change');
    languageButton(el, 'Español').click();
    const event = await heard;
    await el.updateComplete;
    expect(event.detail).to.deep.equal({ lang: 'es' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.lang).to.equal('es');
    expect(titleOf(el).textContent).to.contain('Organizaciones de derechos humanos');
    expect(languageButton(el, 'Español').getAttribute('aria-pressed')).to.equal('true');
    expect(languageButton(el, 'English').getAttribute('aria-pressed')).to.equal('false');
  });

  it('switches from the keyboard: Tab to a language, then Enter or Space', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement></joint-statement>`);
    const before = document.createElement('button');
    before.textContent = 'page control';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(el).activeElement).to.equal(languageButton(el, 'Español'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadowOf(el).querySelector('article')!.getAttribute('lang')).to.equal('es');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' }); // Space; ' ' is the key name every driver knows
    await el.updateComplete;
    expect(shadowOf(el).querySelector('article')!.getAttribute('lang')).to.equal('pt');
    expect(shadowOf(el).activeElement, 'focus stays on the pressed button').to.equal(languageButton(el, 'Português'));
    before.remove();
  });

  it('fires nothing when the reader presses the language already shown', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="en"></joint-statement>`);
    let fired = 0;
    el.addEventListener('language-change', () => fired++);
    languageButton(el, 'English').click();
    await el.updateComplete;
    expect(fired).to.equal(0);
  });
});

describe('keeping the reader in place when the language changes', () => {
  // Chromium and Firefox anchor scrolling natively; Safari does not, and some pages turn it
  // off. Off here, so these tests prove the widget's own correction.
  beforeEach(() => (document.documentElement.style.overflowAnchor = 'none'));
  afterEach(() => {
    document.documentElement.style.overflowAnchor = '';
    window.scrollTo({ top: 0, behavior: 'instant' });
  });

  async function scrolledStatement() {
    const page = await fixture(html`<div>
      <div style="height: 1500px"></div>
      <joint-statement></joint-statement>
      <div style="height: 3000px"></div>
    </div>`);
    const el = page.querySelector('joint-statement')!;
    await settled(el);
    return el;
  }

  it('keeps the paragraph being read at the same height when the language is set from code', async () => {
    const el = await scrolledStatement();
    const third = () => paragraphsOf(el)[2];
    window.scrollBy({ top: third().getBoundingClientRect().top - 40, behavior: 'instant' });
    const before = third().getBoundingClientRect().top;
    const offsetInWidget = () => third().getBoundingClientRect().top - el.getBoundingClientRect().top;
    const offsetBefore = offsetInWidget();
    el.lang = 'es';
    await settled(el);
    expect(offsetInWidget(), 'the text above really changed height').not.to.be.closeTo(offsetBefore, 5);
    expect(Math.abs(third().getBoundingClientRect().top - before)).to.be.below(1.5);
    expect(third().textContent).to.match(/^Cuando los mecanismos de presión/);
  });

  it('keeps the switcher under the pointer when the reader clicks it', async () => {
    const el = await scrolledStatement();
    const switcher = () => shadowOf(el).querySelector('[part="switcher"]')!;
    window.scrollBy({ top: switcher().getBoundingClientRect().top - 10, behavior: 'instant' });
    const before = languageButton(el, 'Português').getBoundingClientRect().top;
    languageButton(el, 'Português').click();
    await settled(el);
    expect(Math.abs(languageButton(el, 'Português').getBoundingClientRect().top - before)).to.be.below(1.5);
  });
});
