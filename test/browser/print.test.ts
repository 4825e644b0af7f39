import { expect, fixture, html } from '@open-wc/testing';
import { defineStatementVariant, manySignatories } from '../support/fixture-statements.js';
import { applyPrintRules } from '../support/media-rules.js';
import { isShown, shadowOf, shownSignatories, toggleOf, typeInto, type JointStatement } from '../support/widget.js';

defineStatementVariant('printed-long-joint-statement', { signatories: manySignatories(60) });

describe('printing', () => {
  // What the browser does around a printout: beforeprint, print-media layout, afterprint.
  async function print(el: JointStatement): Promise<() => Promise<void>> {
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const screenRulesBack = applyPrintRules(el);
    return async () => {
      screenRulesBack();
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
    };
  }

  it('prints every signatory and none of the controls, black on white', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement theme="dark"></joint-statement>`);
    expect(shownSignatories(el), 'on screen, collapsed').to.have.length(3);
    const done = await print(el);
    expect(el.expanded).to.equal(false);
    expect(shownSignatories(el)).to.have.length(7);
    expect(isShown(shadowOf(el).querySelector('[part="switcher"]')!)).to.equal(false);
    expect(isShown(toggleOf(el)!)).to.equal(false);
    expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    await done();
    expect(shownSignatories(el), 'back on screen, collapsed again').to.have.length(3);
    expect(isShown(toggleOf(el)!)).to.equal(true);
  });

  it('prints every name even while the reader has a filter typed, without the filter', async () => {
    const el = await fixture<JointStatement>(html`<printed-long-joint-statement lang="en" expanded></printed-long-joint-statement>`);
    const filter = shadowOf(el).querySelector<HTMLInputElement>('[part="filter"]')!;
    await typeInto(el, 'paz');
    const matching = shownSignatories(el).length;
    expect(matching, 'filtered on screen').to.be.within(1, 59);
    const done = await print(el);
    expect(shownSignatories(el)).to.have.length(60);
    expect(isShown(filter)).to.equal(false);
    await done();
    expect(shownSignatories(el), 'back on screen, still filtered').to.have.length(matching);
  });
});
