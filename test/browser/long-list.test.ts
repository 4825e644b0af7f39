import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineStatementVariant, manySignatories } from '../support/fixture-statements.js';
import { isShown, shadowOf, shownSignatories, toggleOf, typeInto, type JointStatement } from '../support/widget.js';

defineStatementVariant('huge-joint-statement', { signatories: manySignatories(10000) });
defineStatementVariant('long-joint-statement', { signatories: manySignatories(60) });
defineStatementVariant('linked-long-joint-statement', {
  signatories: manySignatories(60).map((signatory, index) => ({ ...signatory, url: `https://example.org/long-${index + 1}` })),
});

const summaryOf = (el: Element) => shadowOf(el).querySelector('.summary')!.textContent!.trim();
const filterOf = (el: Element) => shadowOf(el).querySelector<HTMLInputElement>('[part="filter"]');
const countOf = (el: Element) => shadowOf(el).querySelector('.filter-count')!.textContent!.replace(/\s+/g, ' ').trim();
const fullList = (el: Element) => shadowOf(el).querySelector('#signatory-list')!;
const renderedItems = (el: Element) => fullList(el).querySelectorAll('li').length;

describe('the signatory summary', () => {
  it('states how many organisations from how many countries, in each language', async () => {
    const en = await fixture<JointStatement>(html`<joint-statement lang="en"></joint-statement>`);
    const es = await fixture<JointStatement>(html`<joint-statement lang="es"></joint-statement>`);
    const pt = await fixture<JointStatement>(html`<joint-statement lang="pt"></joint-statement>`);
    expect(summaryOf(en)).to.equal('7 organizations from 4 countries');
    expect(summaryOf(es)).to.equal('7 organizaciones de 4 países');
    expect(summaryOf(pt)).to.equal('7 organizações de 4 países');
  });

  it('formats large counts for the reader (10,000 / 10.000)', async () => {
    const en = await fixture<JointStatement>(html`<huge-joint-statement lang="en"></huge-joint-statement>`);
    const es = await fixture<JointStatement>(html`<huge-joint-statement lang="es"></huge-joint-statement>`);
    expect(summaryOf(en)).to.equal('10,000 organizations from 10 countries');
    expect(summaryOf(es)).to.equal('10.000 organizaciones de 10 países');
    expect(toggleOf(en)!.textContent!.trim()).to.equal('Show all 10,000 signatories');
  });
});

describe('a list of 10,000 signatories', () => {
  it('renders only the preview while collapsed', async () => {
    const el = await fixture<JointStatement>(html`<huge-joint-statement lang="en"></huge-joint-statement>`);
    expect(renderedItems(el)).to.equal(3);
    expect(filterOf(el)).to.equal(null);
  });

  it('shows names at once on expand, then puts every name in the page for find-in-page and screen readers', async function () {
    // WebKitGTK under a virtual display paints a few frames a second; real Safari is far faster.
    this.timeout(30000);
    const el = await fixture<JointStatement>(html`<huge-joint-statement lang="en"></huge-joint-statement>`);
    toggleOf(el)!.click();
    await el.updateComplete;
    expect(renderedItems(el), 'a first chunk right away').to.be.within(100, 9999);
    await waitUntil(() => renderedItems(el) === 10000, 'every name rendered', { timeout: 25000 });
    expect(fullList(el).textContent).to.contain('Cidadania Memória 10000');
  });

  it('switches the language of an expanded list without re-rendering every name at once', async function () {
    this.timeout(30000);
    const el = await fixture<JointStatement>(html`<huge-joint-statement lang="en" expanded></huge-joint-statement>`);
    await waitUntil(() => renderedItems(el) === 10000, 'every name rendered', { timeout: 25000 });
    el.lang = 'es';
    await el.updateComplete;
    expect(renderedItems(el), 'a first chunk in Spanish at once').to.be.below(10000);
    expect(fullList(el).querySelector('li')!.textContent).to.contain('Venezuela');
    await waitUntil(() => renderedItems(el) === 10000, 'every name back', { timeout: 25000 });
    expect(fullList(el).lastElementChild!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Cidadania Memória 10000, Portugal');
    expect(fullList(el).children[3].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Solidaridad Acción 00004, Estados Unidos');
  });

  it('offers a filter that ignores case and accents, and announces the count politely', async () => {
    const el = await fixture<JointStatement>(html`<huge-joint-statement lang="en" expanded></huge-joint-statement>`);
    const label = shadowOf(el).querySelector('label[for="signatory-filter"]')!;
    expect(label.textContent!.trim()).to.equal('Filter signatories');
    expect(countOf(el)).to.equal('10,000 of 10,000 match.');
    // Politely, through a status region of its own (filter-announcements.test.ts).
    expect(shadowOf(el).querySelector('.filter [role="status"]')!.getAttribute('aria-atomic')).to.equal('true');

    await typeInto(el, 'ACCION solidaridad 0001');
    expect(shownSignatories(el)).to.deep.equal(['Acción Solidaridad 00017, Chile']);
    expect(countOf(el)).to.equal('1 of 10,000 matches.');
    // Hidden while filtering: no name of it shows, and it takes no room above the matches.
    // (It keeps a zero-height box: content-visibility keeps its names laid out for later.)
    expect([...fullList(el).children].some(isShown), 'a name of the full list shows while filtering').to.equal(false);
    expect(fullList(el).getBoundingClientRect().height, 'the full list takes room while filtering').to.equal(0);
  });

  it('gets the filter ready while the reader looks at the list: the first keystroke folds only the query', async () => {
    const el = await fixture<JointStatement>(html`<huge-joint-statement lang="es" expanded></huge-joint-statement>`);
    // The widget prepares when the page is idle, within a second at the latest.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Folding starts with normalize(): 10,000 calls on the keystroke would mean the names
    // are folded then, while the reader waits.
    const normalize = String.prototype.normalize;
    let folded = 0;
    String.prototype.normalize = function (this: string, form?: string) {
      folded += 1;
      return normalize.call(this, form);
    };
    try {
      await typeInto(el, 'c');
    } finally {
      String.prototype.normalize = normalize;
    }
    expect(folded).to.be.below(10);
    expect(countOf(el)).to.match(/^[\d.]+ de 10\.000 coinciden/);
  });

  it('takes the full list out of the keyboard order and the accessibility tree while filtering', async () => {
    const el = await fixture<JointStatement>(html`<linked-long-joint-statement lang="en" expanded></linked-long-joint-statement>`);
    await typeInto(el, 'paz');
    const firstMatch = shadowOf(el).querySelector<HTMLAnchorElement>('#signatory-matches a')!;
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(el).activeElement, 'Tab from the filter goes to the first match').to.equal(firstMatch);
    expect(fullList(el).getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('keeps "Show fewer" in the window while the reader is halfway down a long list', async () => {
    const el = await fixture<JointStatement>(html`<long-joint-statement lang="en" expanded></long-joint-statement>`);
    const toggle = toggleOf(el)!;
    fullList(el).children[30].scrollIntoView({ block: 'center' });
    const box = toggle.getBoundingClientRect();
    expect(box.top, 'toggle below the window').to.be.at.least(0);
    expect(box.bottom, 'toggle below the window').to.be.at.most(window.innerHeight);
    toggle.click();
    await el.updateComplete;
    expect(renderedItems(el)).to.equal(3);
    window.scrollTo(0, 0);
  });

  it('scrolls a focused name into view above that toggle, not behind it', async () => {
    const el = await fixture<JointStatement>(html`<linked-long-joint-statement lang="en" expanded></linked-long-joint-statement>`);
    const links = fullList(el).querySelectorAll('a');
    // Reading down with Tab: the next name sits just below the window's bottom edge.
    links[44].focus();
    window.scrollBy(0, links[45].getBoundingClientRect().top - window.innerHeight + 2);
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(el).activeElement).to.equal(links[45]);
    const toggleTop = toggleOf(el)!.getBoundingClientRect().top;
    expect(links[45].getBoundingClientRect().bottom, 'the focused name is under the toggle').to.be.at.most(toggleTop);
    window.scrollTo(0, 0);
  });

  it('agrees the verb with a single match in Spanish and Portuguese', async () => {
    const es = await fixture<JointStatement>(html`<huge-joint-statement lang="es" expanded></huge-joint-statement>`);
    await typeInto(es, 'solidaridad 00017');
    expect(countOf(es)).to.equal('1 de 10.000 coincide.');
    const pt = await fixture<JointStatement>(html`<huge-joint-statement lang="pt" expanded></huge-joint-statement>`);
    await typeInto(pt, 'solidaridad 00017');
    expect(countOf(pt)).to.equal('1 de 10.000 corresponde.');
  });

  it('shows no empty list when nothing matches, only the count', async () => {
    const el = await fixture<JointStatement>(html`<long-joint-statement lang="en" expanded></long-joint-statement>`);
    await typeInto(el, 'zzz');
    expect(countOf(el)).to.equal('0 of 60 match.');
    const matchList = shadowOf(el).querySelector('#signatory-matches')!;
    expect(isShown(matchList), 'an empty list is shown (and announced as one)').to.equal(false);
    expect(shownSignatories(el)).to.deep.equal([]);
  });

  it('filters by country name in the reader’s language, listing the first 200 of many matches', async () => {
    const el = await fixture<JointStatement>(html`<huge-joint-statement lang="es" expanded></huge-joint-statement>`);
    await typeInto(el, 'peru');
    // Two sentences: read aloud (and on screen) as such, not run together.
    expect(countOf(el)).to.equal('1000 de 10.000 coinciden. Se muestran las primeras 200: siga escribiendo para acotar la búsqueda.');
    const shown = shownSignatories(el);
    expect(shown).to.have.length(200);
    expect(shown.every((text) => text.endsWith(', Perú'))).to.equal(true);
  });

  it('shows everyone again when the filter is cleared', async () => {
    const el = await fixture<JointStatement>(html`<huge-joint-statement lang="pt" expanded></huge-joint-statement>`);
    await typeInto(el, 'memoria');
    expect(countOf(el)).not.to.contain('10.000 de 10.000');
    filterOf(el)!.select();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(countOf(el)).to.equal('10.000 de 10.000 correspondem.');
    expect(isShown(fullList(el))).to.equal(true);
  });

  it('passes axe with the filter in use', async () => {
    // 60 names is past the filter threshold; axe over 10,000 would test axe's speed, not ours.
    const el = await fixture<JointStatement>(html`<long-joint-statement lang="en" expanded></long-joint-statement>`);
    await typeInto(el, 'paz');
    expect(countOf(el)).to.equal('14 of 60 match.'); // 7 "Paz …" and 7 "… Paz"
    await expect(el).to.be.accessible();
  });

  it('moves focus to the toggle when collapsing from the filter', async () => {
    const el = await fixture<JointStatement>(html`<huge-joint-statement expanded></huge-joint-statement>`);
    filterOf(el)!.focus();
    el.expanded = false;
    await el.updateComplete;
    expect(shadowOf(el).activeElement).to.equal(toggleOf(el));
    expect(renderedItems(el)).to.equal(3);
  });
});

describe('a list of seven', () => {
  it('has no filter, even expanded', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement expanded></joint-statement>`);
    expect(filterOf(el)).to.equal(null);
  });
});
