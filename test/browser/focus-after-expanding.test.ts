import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineStatementVariant, manySignatories } from '../support/fixture-statements.js';
import { closeFrames } from '../support/frames.js';
import { styleOf } from '../support/hostile.js';
import { openPartnerPage } from '../support/partner-page.js';
import { shadowOf, shownSignatories, toggleOf, type JointStatement } from '../support/widget.js';

defineStatementVariant('filterable-joint-statement', { signatories: manySignatories(60) });

// "Show all" sits after the list (it sticks to the window's bottom as "Show fewer"), so the
// names it reveals appear above it. Focus moves to the first thing revealed, so that a
// screen-reader user reading on from there hears the new names, not "Original publication".
// Element comparisons go through `===`: a failing chai `equal` on two elements of a large
// shadow tree can take the runner minutes to print.
const focusOf = (el: Element) => shadowOf(el).activeElement;
const follows = (later: Node, earlier: Node) => Boolean(earlier.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('focus after "Show all"', () => {
  // Focus in a framed page scrolls this page too (WebKit): each test starts at the top.
  afterEach(() => {
    closeFrames();
    window.scrollTo(0, 0);
  });

  it('goes to the first name revealed, with every revealed name after it and "Show fewer" after them', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="en"></joint-statement>`);
    toggleOf(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const names = [...shadowOf(el).querySelectorAll('#signatory-list li')];
    expect(shownSignatories(el)).to.have.length(7);
    const focused = focusOf(el)!;
    expect(focused === names[3], `focus on the fourth name, not ${focused?.textContent}`).to.equal(true);
    expect(focused.textContent).to.equal('Programa Venezolano de Educación-Acción en Derechos Humanos (PROVEA), Venezuela');
    for (const name of names.slice(4)) expect(follows(name, focused), `${name.textContent} comes after the focus`).to.equal(true);
    expect(follows(toggleOf(el)!, names[6]), '"Show fewer" after the last name').to.equal(true);
    const box = focused.getBoundingClientRect();
    expect(box.top >= 0 && box.bottom <= innerHeight, 'the focused name is in view').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows the focused name whole, above a "Show fewer" that 200 % text wraps onto three lines (320 px)', async () => {
    const { win, el } = await openPartnerPage('html { font-size: 200% }', '<joint-statement lang="pt"></joint-statement>', 320, 820);
    toggleOf(el)!.click();
    await el.updateComplete;
    // WebKit scrolls to a newly focused element after a later layout, not at once.
    await waitUntil(() => win.scrollY > 0, 'the page scrolls to the focused name');
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    const focused = focusOf(el)!;
    expect(focused.textContent).to.contain('PROVEA');
    const [name, toggle] = [focused.getBoundingClientRect(), toggleOf(el)!.getBoundingClientRect()];
    expect(toggle.height, 'the toggle wraps onto three lines').to.be.above(3 * parseFloat(styleOf(toggleOf(el)!).lineHeight));
    expect(name.top, 'the name’s top in the window').to.be.at.least(0);
    expect(name.bottom, 'the name’s end above the toggle').to.be.at.most(toggle.top);
    expect(toggle.bottom, 'the toggle in the window').to.be.at.most(win.innerHeight);
  });

  it('goes to the filter on a list that has one, before every name', async () => {
    const el = await fixture<JointStatement>(html`<filterable-joint-statement lang="es"></filterable-joint-statement>`);
    toggleOf(el)!.click();
    await el.updateComplete;
    const filter = shadowOf(el).querySelector('[part="filter"]')!;
    expect(focusOf(el) === filter, 'focus on the filter').to.equal(true);
    expect(follows(shadowOf(el).querySelector('#signatory-list li')!, filter), 'the names come after it').to.equal(true);
  });

  it('goes to the first name when the preview shows none', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="en" preview-count="0"></joint-statement>`);
    toggleOf(el)!.click();
    await el.updateComplete;
    expect(focusOf(el)?.textContent).to.equal('Acción Solidaria, Venezuela');
  });

  it('stays on the toggle, in view, when collapsing', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="en" expanded></joint-statement>`);
    toggleOf(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shownSignatories(el)).to.have.length(3);
    expect(focusOf(el) === toggleOf(el), 'focus on the toggle').to.equal(true);
    const box = toggleOf(el)!.getBoundingClientRect();
    expect(box.top >= 0 && box.bottom <= innerHeight, 'the toggle is in view').to.equal(true);
  });

  it('is not moved when a page sets `expanded` from code', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="en"></joint-statement>`);
    const before = document.activeElement;
    el.expanded = true;
    await el.updateComplete;
    expect(shownSignatories(el)).to.have.length(7);
    expect(document.activeElement === before && focusOf(el) === null, 'focus where the page had it').to.equal(true);
  });
});
