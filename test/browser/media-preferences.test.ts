import { expect, fixture, html } from '@open-wc/testing';
import { applyMediaRules } from '../support/media-rules.js';
import { languageButton, toggleOf, type JointStatement } from '../support/widget.js';

/** What a system colour keyword resolves to in this browser. */
function systemColour(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('reader preferences', () => {
  it('uses system colours in forced-colors mode (Windows high contrast), marking the current language', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="es"></joint-statement>`);
    applyMediaRules(el, '(forced-colors: active)');
    const current = getComputedStyle(languageButton(el, 'Español'));
    const other = getComputedStyle(languageButton(el, 'English'));
    expect(current.backgroundColor).to.equal(systemColour('Highlight'));
    expect(current.color).to.equal(systemColour('HighlightText'));
    expect(other.color).to.equal(systemColour('ButtonText'));
    expect(getComputedStyle(toggleOf(el)!).borderTopColor).to.equal(systemColour('ButtonText'));
  });

  it('drops transitions when the reader prefers reduced motion', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement></joint-statement>`);
    expect(getComputedStyle(toggleOf(el)!).transitionDuration).not.to.equal('0s');
    applyMediaRules(el, '(prefers-reduced-motion: reduce)');
    expect(getComputedStyle(toggleOf(el)!).transitionProperty).to.equal('none');
  });
});
