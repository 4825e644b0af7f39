// lib/ without a bundler: the import map in docs/frameworks.md is enough, and each of its Lit entries is needed.
import { expect } from '@open-wc/testing';
import { closeFrames, openFrame } from '../support/frames.js';

async function openImportMapPage(query = ''): Promise<Window & { loaded?: Promise<string> }> {
  // The page's module script sets `loaded` as it starts importing; whether the element gets defined is what the tests check.
  return openFrame(`/test/fixtures/pages/import-map.html${query}`, {
    until: { condition: (win) => (win as Window & { loaded?: Promise<string> }).loaded, message: 'the page started loading lib/' },
    widgets: false,
  });
}

describe('the ES modules in lib/ through an import map', () => {
  afterEach(closeFrames);

  it('render the statement with lit, lit/ and Lit’s four internal specifiers mapped', async () => {
    const win = await openImportMapPage();
    expect(await win.loaded).to.equal('loaded');
    const el = win.document.querySelector('joint-statement') as HTMLElement & { updateComplete: Promise<boolean> };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.match(/^Organizaciones de derechos humanos/);
  });

  for (const specifier of ['lit-html', 'lit-html/', 'lit-element/', '@lit/reactive-element']) {
    it(`fail to load without ${specifier} in the map`, async () => {
      const win = await openImportMapPage(`?without=${encodeURIComponent(specifier)}`);
      // The browser names the specifier it could not resolve.
      expect(await win.loaded).to.contain(specifier);
      expect(win.customElements.get('joint-statement')).to.equal(undefined);
    });
  }
});
