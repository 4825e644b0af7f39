// An app that bundles its own Lit imports the package by name, not the one-file bundle.
import { expect, fixture } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import 'joint-statement';

class PartnerApp extends LitElement {
  override render() {
    return html`<main lang="es"><joint-statement heading-level="3"></joint-statement></main>`;
  }
}
customElements.define('partner-app', PartnerApp);

describe('importing the package from an app that uses Lit itself', () => {
  it('defines <joint-statement>, which renders inside the app’s own Lit component', async () => {
    const app = await fixture<PartnerApp>(html`<partner-app></partner-app>`);
    const el = app.shadowRoot!.querySelector('joint-statement')!;
    await el.updateComplete;
    const title = el.shadowRoot!.querySelector('[part="title"]')!;
    expect(title.localName).to.equal('h3');
    expect(title.textContent).to.match(/^Organizaciones de derechos humanos/);
  });
});
