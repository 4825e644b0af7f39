import { expect, fixture, html } from '@open-wc/testing';
import { defineStatementVariant } from '../support/fixture-statements.js';
import { shadowOf, type JointStatement } from '../support/widget.js';

defineStatementVariant('dated-joint-statement', { date: '2019-05-30' });
defineStatementVariant('month-dated-joint-statement', { date: '2019-05' });

const shownDate = (el: Element) => shadowOf(el).querySelector('time');

describe('a statement with a date', () => {
  it('shows a full date in the reader’s language, with a machine-readable datetime', async () => {
    const en = await fixture<JointStatement>(html`<dated-joint-statement lang="en"></dated-joint-statement>`);
    const es = await fixture<JointStatement>(html`<dated-joint-statement lang="es"></dated-joint-statement>`);
    const pt = await fixture<JointStatement>(html`<dated-joint-statement lang="pt"></dated-joint-statement>`);
    expect(shownDate(en)!.getAttribute('datetime')).to.equal('2019-05-30');
    expect(shownDate(en)!.textContent).to.equal('May 30, 2019');
    expect(shownDate(es)!.textContent).to.equal('30 de mayo de 2019');
    expect(shownDate(pt)!.textContent).to.equal('30 de maio de 2019');
  });

  it('shows a year-month date as month and year', async () => {
    const en = await fixture<JointStatement>(html`<month-dated-joint-statement lang="en"></month-dated-joint-statement>`);
    const es = await fixture<JointStatement>(html`<month-dated-joint-statement lang="es"></month-dated-joint-statement>`);
    expect(shownDate(en)!.textContent).to.equal('May 2019');
    expect(shownDate(es)!.textContent).to.equal('mayo de 2019');
  });
});
