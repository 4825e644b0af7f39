import { expect } from '@open-wc/testing';
import { closeFrames, openFrame } from '../support/frames.js';
import { afterEvents, nextViolation, recordOf } from '../support/hostile.js';
import { languageButton, paragraphsOf, shadowOf, shownSignatories, titleOf, toggleOf } from '../support/widget.js';

// The page is served with test/support/csp-pages.mjs's policy:
//   default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'
describe('a partner page with a strict Content-Security-Policy', () => {
  let win: Window & typeof globalThis;
  let el: Element;

  before(async () => {
    win = (await openFrame('/test/fixtures/hostile/csp-strict.html')) as Window & typeof globalThis;
    el = win.document.querySelector('joint-statement')!;
  });
  after(closeFrames);

  it('shows the statement, switches language and expands with no policy violation or error', async () => {
    expect(titleOf(el).textContent!.trim()).to.match(/^Human Rights Organizations Urge Lima Group/);
    expect(paragraphsOf(el)).to.have.length(4);

    languageButton(el, 'Español').click();
    await (el as any).updateComplete;
    expect(shadowOf(el).querySelector('article')!.lang).to.equal('es');
    expect(titleOf(el).textContent!.trim()).to.match(/^Organizaciones de derechos humanos/);

    toggleOf(el)!.click();
    await (el as any).updateComplete;
    expect(shownSignatories(el)).to.have.length(7);

    await afterEvents(win);
    expect(recordOf(win).violations).to.deep.equal([]);
    expect(recordOf(win).errors).to.deep.equal([]);
  });

  it('keeps its styles: constructed style sheets are not inline styles, so style-src allows them', () => {
    const button = languageButton(el, 'English');
    expect(win.getComputedStyle(button).minHeight).to.equal('44px');
    expect(win.getComputedStyle(el).display).to.equal('block');
  });

  // Runs after the zero-violation check above: these provoke violations on purpose.
  it('is really under that policy: an inline style of the page itself is blocked and reported', async () => {
    const reported = nextViolation(win);
    const style = win.document.createElement('style');
    style.textContent = 'body { margin: 3px }';
    win.document.head.append(style);
    const event = await reported;
    expect(event.effectiveDirective).to.match(/^style-src/);
    expect(recordOf(win).violations).to.have.length.greaterThan(0);
  });

  it('enforces Trusted Types where the engine has them, and the widget needs only the lit-html policy', async function () {
    // An engine without Trusted Types ignores `require-trusted-types-for` and `trusted-types`:
    // there is nothing to check here (the first test shows the widget works under the rest).
    if (!('trustedTypes' in win)) this.skip();
    // A plain string into an HTML sink is refused: the policy is in force in this engine...
    expect(() => {
      win.document.createElement('div').innerHTML = '<b>bold</b>';
    }).to.throw();
    // ...and a policy with another name is refused, so the widget rendered through lit-html's.
    expect(() => (win as any).trustedTypes.createPolicy('another-policy', { createHTML: (s: string) => s })).to.throw();
    expect(shadowOf(el).querySelectorAll('li')).to.have.length(7);
  });
});
