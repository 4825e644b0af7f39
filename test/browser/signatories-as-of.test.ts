import { expect, fixture, html } from '@open-wc/testing';
import { defineStatementVariant } from '../support/fixture-statements.js';
import { languageButton, settled, shadowOf, type JointStatement } from '../support/widget.js';

defineStatementVariant('updated-joint-statement', { updated: '2019-07-01' });

const asOf = (el: Element) => shadowOf(el).querySelector('.as-of');

describe('a statement that says when its signatory list was last updated', () => {
  it('tells readers "Signatories as of …" in their language, under the signatory summary', async () => {
    const en = await fixture<JointStatement>(html`<updated-joint-statement lang="en"></updated-joint-statement>`);
    expect(asOf(en)!.textContent).to.equal('Signatories as of July 1, 2019');
    expect(asOf(en)!.querySelector('time')!.getAttribute('datetime')).to.equal('2019-07-01');
    expect(asOf(en)!.previousElementSibling!.className, 'right after the summary').to.equal('summary');
    expect(asOf(en)!.closest('section')!.getAttribute('aria-labelledby')).to.equal('signatories-heading');

    const pt = await fixture<JointStatement>(html`<updated-joint-statement lang="pt"></updated-joint-statement>`);
    expect(asOf(pt)!.textContent).to.equal('Lista de signatários atualizada em 1 de julho de 2019');
    // Read before any switch: the language buttons' colour transition would be caught half-way.
    await expect(en).to.be.accessible();
  });

  it('follows the reader who switches language', async () => {
    const el = await fixture<JointStatement>(html`<updated-joint-statement lang="en"></updated-joint-statement>`);
    languageButton(el, 'Español').click();
    await settled(el);
    expect(asOf(el)!.textContent).to.equal('Firmantes al 1 de julio de 2019');
  });

  it('says nothing of the kind when the statement gives no date for its list', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="en"></joint-statement>`);
    expect(asOf(el)).to.equal(null);
  });
});
