import { expect } from '@open-wc/testing';
import { closeFrames, openFrame } from '../support/frames.js';
import { afterEvents, recordOf } from '../support/hostile.js';
import { languageButton, paragraphsOf, shadowOf, shownSignatories, titleOf, toggleOf, type JointStatement } from '../support/widget.js';

type PageWithLit = Window & { litHtmlVersions?: string[] };

describe('three snippets and the page’s own Lit 2 on one page (strict CSP)', () => {
  let win: PageWithLit;

  before(async () => {
    win = await openFrame('/test/fixtures/hostile/csp-double-load.html');
    await win.customElements.whenDefined('partner-card');
  });
  after(closeFrames);

  it('runs every copy without an error or a policy violation, and defines the element once', async () => {
    await afterEvents(win);
    expect(recordOf(win).errors).to.deep.equal([]);
    expect(recordOf(win).violations).to.deep.equal([]);
    // Each copy of Lit announces itself: three of the widget's Lit 3 and the page's Lit 2 ran.
    const versions = win.litHtmlVersions ?? [];
    expect(versions.filter((version) => version.startsWith('3.'))).to.have.length(3);
    expect(versions.filter((version) => version.startsWith('2.'))).to.have.length(1);
    const instances = [...win.document.querySelectorAll('joint-statement')];
    expect(instances).to.have.length(3);
    for (const el of instances) expect(el.constructor).to.equal(win.customElements.get('joint-statement'));
  });

  it('leaves the page’s own Lit 2 component working', async () => {
    const card = win.document.querySelector('partner-card')!;
    await (card as any).updateComplete;
    expect(card.shadowRoot!.textContent!.trim()).to.equal('Partner card');
    (card as any).label = 'Updated by the page';
    await (card as any).updateComplete;
    expect(card.shadowRoot!.textContent!.trim()).to.equal('Updated by the page');
  });

  it('keeps every instance working, whichever copy upgraded it', async () => {
    const [first, second, third] = win.document.querySelectorAll<JointStatement>('joint-statement');
    expect(titleOf(first).textContent).to.match(/^Organizaciones/);
    expect(titleOf(second).textContent).to.match(/^Organizações/);
    expect(titleOf(third).textContent).to.match(/^Human Rights/);
    for (const el of [first, second, third]) {
      expect(paragraphsOf(el)).to.have.length(4);
      languageButton(el, 'Português').click();
      toggleOf(el)!.click();
      await el.updateComplete;
      expect(shadowOf(el).querySelector('article')!.lang).to.equal('pt');
      expect(shownSignatories(el)).to.have.length(7);
    }
    await afterEvents(win);
    expect(recordOf(win).errors).to.deep.equal([]);
  });
});
