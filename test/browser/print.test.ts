import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { isShown, shadowOf, shownSignatories, toggleOf, type JointStatement } from '../support/widget.js';

describe('printing', () => {
  before(() => emulateMedia({ media: 'print' }));
  after(() => emulateMedia({ media: 'screen' }));

  it('prints every signatory and none of the controls', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement></joint-statement>`);
    expect(el.expanded).to.equal(false);
    expect(shownSignatories(el)).to.have.length(7);
    expect(isShown(shadowOf(el).querySelector('[part="switcher"]')!)).to.equal(false);
    expect(isShown(toggleOf(el)!)).to.equal(false);
  });
});
