// lib/ without a bundler: the README's import map is enough, and each of its Lit entries is needed.
import { expect, waitUntil } from '@open-wc/testing';

async function openImportMapPage(query = ''): Promise<Window & { loaded?: Promise<string> }> {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/pages/import-map.html${query}`;
  document.body.append(frame);
  const win = () => frame.contentWindow as Window & { loaded?: Promise<string> };
  // The page's module script sets `loaded` as it starts importing; a loaded machine may take seconds.
  await waitUntil(() => win().loaded, 'the page started loading lib/', { timeout: 10000 });
  return win();
}

describe('the ES modules in lib/ through an import map', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('render the statement with lit, lit/ and Lit’s five internal specifiers mapped', async () => {
    const win = await openImportMapPage();
    expect(await win.loaded).to.equal('loaded');
    const el = win.document.querySelector('joint-statement') as HTMLElement & { updateComplete: Promise<boolean> };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.match(/^Organizaciones de derechos humanos/);
  });

  for (const specifier of ['lit-html', 'lit-html/', 'lit-element/', '@lit/reactive-element', '@lit/reactive-element/']) {
    it(`fail to load without ${specifier} in the map`, async () => {
      const win = await openImportMapPage(`?without=${encodeURIComponent(specifier)}`);
      // The browser names the specifier it could not resolve.
      expect(await win.loaded).to.contain(specifier);
      expect(win.customElements.get('joint-statement')).to.equal(undefined);
    });
  }
});
