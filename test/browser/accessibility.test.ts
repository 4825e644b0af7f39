import { expect, fixture, html } from '@open-wc/testing';
import { shownSignatories, titleOf, type JointStatement } from '../support/widget.js';

describe('accessibility (axe)', () => {
  for (const lang of ['en', 'es', 'pt']) {
    it(`passes collapsed and expanded in ${lang}`, async () => {
      const el = await fixture<JointStatement>(html`<joint-statement lang=${lang}></joint-statement>`);
      expect(titleOf(el).closest('article')!.lang, 'upgraded and rendered').to.equal(lang);
      await expect(el).to.be.accessible();
      el.expanded = true;
      await el.updateComplete;
      expect(shownSignatories(el)).to.have.length(7);
      await expect(el).to.be.accessible();
    });
  }
});
