import { expect, fixture, html } from '@open-wc/testing';
import { defineStatementVariant, manySignatories } from '../support/fixture-statements.js';
import { shadowOf, type JointStatement } from '../support/widget.js';

defineStatementVariant('announcing-joint-statement', { signatories: manySignatories(10000) });

const filterOf = (el: Element) => shadowOf(el).querySelector<HTMLInputElement>('[part="filter"]')!;
const visibleCount = (el: Element) => shadowOf(el).querySelector('.filter-count')!.textContent!.replace(/\s+/g, ' ').trim();
const statusOf = (el: Element) => shadowOf(el).querySelector('[role="status"]')!;
const heard = (el: Element) => statusOf(el).textContent!.trim();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Typing faster than any pause: each letter is an input event, as a keystroke gives. */
async function typeQuickly(el: JointStatement, text: string, seen: string[]) {
  const filter = filterOf(el);
  for (const letter of text) {
    filter.value += letter;
    filter.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: letter }));
    await el.updateComplete;
    seen.push(visibleCount(el));
  }
}

/** Everything the status region was made to say, as a screen reader would be handed it. */
function recordAnnouncements(el: Element): string[] {
  const said: string[] = [];
  new MutationObserver(() => {
    const text = heard(el);
    if (text) said.push(text);
  }).observe(statusOf(el), { childList: true, characterData: true, subtree: true });
  return said;
}

describe('the filter’s announcements to screen readers', () => {
  it('come from a separate atomic status region, once typing pauses, while the visible count follows each key', async () => {
    const el = await fixture<JointStatement>(html`<announcing-joint-statement lang="en" expanded></announcing-joint-statement>`);
    const status = statusOf(el);
    expect(status.getAttribute('aria-atomic')).to.equal('true');
    const count = shadowOf(el).querySelector('.filter-count')!;
    expect(count.closest('[aria-live], [role="status"]'), 'the visible count is not a live region too').to.equal(null);
    const said = recordAnnouncements(el);
    const seen: string[] = [];
    await typeQuickly(el, 'paz 0001', seen);
    expect(seen[0], 'the visible count answers the first key').to.match(/^4,750 of 10,000 match\./);
    expect(seen.at(-1)).to.equal('1 of 10,000 matches.');
    expect(heard(el), 'nothing said while typing').to.equal('');
    await pause(800);
    expect(said, 'said once, after the pause').to.deep.equal(['1 of 10,000 matches.']);
  });

  it('say "the first 200 are listed" once, not with every count', async () => {
    const el = await fixture<JointStatement>(html`<announcing-joint-statement lang="en" expanded></announcing-joint-statement>`);
    const said = recordAnnouncements(el);
    const seen: string[] = [];
    await typeQuickly(el, 'p', seen);
    await pause(800);
    await typeQuickly(el, 'a', seen);
    await pause(800);
    expect(
      seen.every((text) => text.includes('The first 200 are listed')),
      'on screen each time',
    ).to.equal(true);
    expect(said).to.deep.equal(['4,750 of 10,000 match. The first 200 are listed: keep typing to narrow them down.', '3,250 of 10,000 match.']);
  });
});
