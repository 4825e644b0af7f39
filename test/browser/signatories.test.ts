import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineStatementVariant, linkedSignatories } from '../support/fixture-statements.js';
import { languageButton, shadowOf, shownSignatories, toggleOf, type JointStatement } from '../support/widget.js';

defineStatementVariant('linked-joint-statement', { signatories: linkedSignatories });

describe('the signatory list', () => {
  it('starts collapsed, showing the first three and a button to show all seven', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="en"></joint-statement>`);
    expect(shownSignatories(el)).to.deep.equal([
      'Acción Solidaria, Venezuela',
      'CIVILIS Derechos Humanos, Venezuela',
      'Centro de Derechos Humanos de la Universidad Católica Andrés Bello, Venezuela',
    ]);
    const toggle = toggleOf(el)!;
    expect(toggle.textContent!.trim()).to.equal('Show all 7 signatories');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const controlled = shadowOf(el).getElementById(toggle.getAttribute('aria-controls')!);
    expect(controlled?.localName).to.equal('ul');
    expect(shadowOf(el).querySelector('.signatories-heading')!.textContent!.trim()).to.equal('Signed by');
  });

  it('expands on click, in the published order, and tells the page with signatories-toggle', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="en"></joint-statement>`);
    const heard = oneEvent(document, 'signatories-toggle');
    toggleOf(el)!.click();
    const event = await heard;
    await el.updateComplete;
    expect(event.detail).to.deep.equal({ expanded: true });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.hasAttribute('expanded'), 'reflected').to.equal(true);
    expect(shownSignatories(el)).to.deep.equal([
      'Acción Solidaria, Venezuela',
      'CIVILIS Derechos Humanos, Venezuela',
      'Centro de Derechos Humanos de la Universidad Católica Andrés Bello, Venezuela',
      'Programa Venezolano de Educación-Acción en Derechos Humanos (PROVEA), Venezuela',
      'Conectas Direitos Humanos, Brazil',
      'Coordinadora Nacional de Derechos Humanos (CNDDHH), Peru',
      'Washington Office on Latin America (WOLA), United States',
    ]);
    expect(toggleOf(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(toggleOf(el)!.textContent!.trim()).to.equal('Show fewer signatories');

    toggleOf(el)!.click();
    await el.updateComplete;
    expect(shownSignatories(el)).to.have.length(3);
    expect(el.hasAttribute('expanded')).to.equal(false);
  });

  it('expands and collapses from the keyboard (Enter, then Space)', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="en"></joint-statement>`);
    toggleOf(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shownSignatories(el)).to.have.length(7);
    // Focus went to the first name revealed (focus-after-expanding.test.ts); reading on, the
    // next Tab reaches the toggle again, after the names.
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(el).activeElement === toggleOf(el), 'Tab after the revealed names reaches the toggle').to.equal(true);
    await sendKeys({ press: ' ' }); // Space; ' ' is the key name every driver knows
    await el.updateComplete;
    expect(shownSignatories(el)).to.have.length(3);
  });

  it('names countries in the reader’s language but never translates organisation names', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="es" expanded></joint-statement>`);
    expect(shownSignatories(el).slice(4)).to.deep.equal([
      'Conectas Direitos Humanos, Brasil',
      'Coordinadora Nacional de Derechos Humanos (CNDDHH), Perú',
      'Washington Office on Latin America (WOLA), Estados Unidos',
    ]);
    expect(toggleOf(el)!.textContent!.trim()).to.equal('Mostrar menos organizaciones firmantes');
    languageButton(el, 'Português').click();
    await el.updateComplete;
    expect(shownSignatories(el)[4]).to.equal('Conectas Direitos Humanos, Brasil');
    expect(shownSignatories(el)[6]).to.equal('Washington Office on Latin America (WOLA), Estados Unidos');
    expect(shadowOf(el).querySelector('.signatories-heading')!.textContent!.trim()).to.equal('Assinado por');
  });

  it('localises the toggle label in each language', async () => {
    const es = await fixture<JointStatement>(html`<joint-statement lang="es"></joint-statement>`);
    const pt = await fixture<JointStatement>(html`<joint-statement lang="pt"></joint-statement>`);
    expect(toggleOf(es)!.textContent!.trim()).to.equal('Mostrar las 7 organizaciones firmantes');
    expect(toggleOf(pt)!.textContent!.trim()).to.equal('Mostrar todas as 7 organizações signatárias');
  });

  it('starts expanded with the expanded attribute, and setting it from code fires no event', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement expanded></joint-statement>`);
    let fired = 0;
    el.addEventListener('signatories-toggle', () => fired++);
    expect(shownSignatories(el)).to.have.length(7);
    el.expanded = false;
    await el.updateComplete;
    expect(shownSignatories(el)).to.have.length(3);
    expect(fired).to.equal(0);
  });

  it('shows preview-count names while collapsed', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement preview-count="5"></joint-statement>`);
    expect(shownSignatories(el)).to.have.length(5);
    el.previewCount = 0;
    await el.updateComplete;
    expect(shownSignatories(el)).to.have.length(0);
    expect(toggleOf(el)).to.exist;
  });

  it('shows everyone and no toggle when preview-count covers the whole list', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement preview-count="7"></joint-statement>`);
    expect(shownSignatories(el)).to.have.length(7);
    expect(toggleOf(el)).to.equal(null);
  });

  it('links a signatory that has a website', async () => {
    const el = await fixture<JointStatement>(html`<linked-joint-statement expanded></linked-joint-statement>`);
    const links = [...shadowOf(el).querySelectorAll<HTMLAnchorElement>('[part="signatories"] li a')];
    expect(links).to.have.length(7);
    expect(links[0].textContent).to.equal('Acción Solidaria');
    expect(links[0].href).to.equal('https://example.org/signatory-1');
  });

  it('moves focus to the toggle when a focused name is hidden by collapsing', async () => {
    const el = await fixture<JointStatement>(html`<linked-joint-statement expanded></linked-joint-statement>`);
    const sixth = shadowOf(el).querySelectorAll<HTMLAnchorElement>('[part="signatories"] li a')[5];
    sixth.focus();
    el.expanded = false;
    await el.updateComplete;
    expect(shadowOf(el).activeElement).to.equal(toggleOf(el));
  });
});
