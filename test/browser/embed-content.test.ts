import { expect, fixture, html } from '@open-wc/testing';
import { statement } from '../support/built-statement.js';
import { defineStatementVariant } from '../support/fixture-statements.js';
import { paragraphsOf, shadowOf, shownSignatories, titleOf, toggleOf, visibleText, type JointStatement } from '../support/widget.js';

// The build rejects raw HTML in the Markdown and any link that is not http(s) or mailto
// (test/node/content-validation.test.mjs). Plain text that looks like markup is allowed,
// in a paragraph, a title, a UI string or a signatory's name, and must reach readers as text.
const SCRIPT = '<script>window.pwned = "script"</script>';
const IMAGE = '<img src="x" onerror="window.pwned = \'img\'">';
const en = statement.translations[0];

defineStatementVariant('markup-text-statement', {
  translations: [
    {
      ...en,
      title: `A title with ${SCRIPT}`,
      paragraphs: [
        [`Text with ${IMAGE} inside.`],
        [{ kind: 'em', children: [SCRIPT] }],
        [{ kind: 'link', href: 'https://example.org/', children: [IMAGE] }],
        en.paragraphs[3],
      ],
      ui: { ...en.ui, signedBy: `Signed by ${IMAGE}`, showAll: { other: `Show all {count} ${SCRIPT}` } },
    },
    ...statement.translations.slice(1),
  ],
  signatories: [{ name: SCRIPT, country: 'VE' }, { name: IMAGE, country: 'BR', url: 'https://example.org/' }, ...statement.signatories],
});

describe('content that looks like markup', () => {
  afterEach(() => delete (window as { pwned?: string }).pwned);

  it('renders as text everywhere: title, paragraphs, links, UI strings and signatory names', async () => {
    const el = await fixture<JointStatement>(html`<markup-text-statement lang="en"></markup-text-statement>`);
    const root = shadowOf(el);
    expect(titleOf(el).textContent!.trim()).to.equal(`A title with ${SCRIPT}`);
    expect(paragraphsOf(el)[0].textContent).to.equal(`Text with ${IMAGE} inside.`);
    expect(root.querySelector('[part="body"] em')!.textContent).to.equal(SCRIPT);
    expect(root.querySelector('[part="body"] a')!.textContent).to.equal(IMAGE);
    expect(root.querySelector('.signatories-heading')!.textContent!.trim()).to.equal(`Signed by ${IMAGE}`);
    expect(toggleOf(el)!.textContent!.trim()).to.equal(`Show all 9 ${SCRIPT}`);
    expect(shownSignatories(el).slice(0, 2)).to.deep.equal([`${SCRIPT}, Venezuela`, `${IMAGE}, Brazil`]);
    expect(visibleText(el)).to.contain(IMAGE).and.to.contain(SCRIPT);

    expect(root.querySelectorAll('script, img'), 'no element made from the text').to.have.length(0);
    await new Promise((resolve) => setTimeout(resolve, 50)); // an image's error event would have fired
    expect((window as { pwned?: string }).pwned).to.equal(undefined);
  });
});
