import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineStatementVariant, manySignatories } from '../support/fixture-statements.js';
import { closeFrames } from '../support/frames.js';
import { openPartnerPage } from '../support/partner-page.js';
import { shadowOf, toggleOf, type JointStatement } from '../support/widget.js';

defineStatementVariant('tall-toggle-joint-statement', {
  signatories: manySignatories(60).map((signatory, index) => ({ ...signatory, url: `https://example.org/tall-${index + 1}` })),
});

// The expanded list's "Show fewer" sticks to the window's bottom edge. Large text, text spacing
// or a narrow column make it several lines tall, and at 400 % zoom a laptop window is 320 × 180
// CSS pixels, where a sticky button would cover a third of it.
describe('the sticky "Show fewer" with large text and zoom', () => {
  afterEach(() => {
    closeFrames();
    window.scrollTo(0, 0);
  });

  // Firefox scrolls a focused element clear of sticky boxes by itself; Chromium and WebKit
  // need the names' scroll margin.
  it('scrolls a name reached with Tab into view above the toggle, however many lines the toggle takes', async () => {
    const wrapper = await fixture(html`<div style="width: 130px"><tall-toggle-joint-statement lang="en" expanded></tall-toggle-joint-statement></div>`);
    const el = wrapper.firstElementChild as JointStatement;
    const toggle = toggleOf(el)!;
    const lineHeight = parseFloat(getComputedStyle(toggle).lineHeight);
    expect(toggle.getBoundingClientRect().height, 'the toggle wraps onto two lines or more').to.be.above(2 * lineHeight);
    const links = shadowOf(el).querySelectorAll<HTMLAnchorElement>('#signatory-list a');
    // Reading down with Tab: the next name sits just below the window's bottom edge.
    links[44].focus();
    window.scrollBy(0, links[45].getBoundingClientRect().top - window.innerHeight + 2);
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(el).activeElement).to.equal(links[45]);
    expect(links[45].getBoundingClientRect().bottom, 'the focused name is under the toggle').to.be.at.most(toggle.getBoundingClientRect().top);
  });

  for (const [height, sticky] of [
    [180, false],
    [600, true],
  ] as const) {
    it(`${sticky ? 'sticks' : 'does not stick'} to the bottom of a ${height} px tall window (200 % text, 320 px wide)`, async () => {
      const { win, el } = await openPartnerPage('html { font-size: 200% }', '<joint-statement lang="en" expanded></joint-statement>', 320, height);
      // Halfway down the list: the second name at the top of the window.
      shadowOf(el).querySelectorAll('li')[1].scrollIntoView({ block: 'start' });
      const toggle = toggleOf(el)!.getBoundingClientRect();
      if (sticky) expect(toggle.bottom, 'the toggle is in the window').to.be.at.most(win.innerHeight);
      else expect(toggle.top, 'the toggle waits at the end of the list').to.be.at.least(win.innerHeight);
    });
  }
});
