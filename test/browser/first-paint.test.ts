import { expect, fixture, html } from '@open-wc/testing';
import { countIntlConstructions } from '../support/intl-spy.js';
import { shadowOf, shownSignatories, toggleOf, type JointStatement } from '../support/widget.js';

// A page's first Intl formatter loads the browser's locale data, most of what the widget cost
// over static HTML before the statement showed (docs/architecture.md#decisions-and-the-measurements-behind-them).
// The build formats what the first paint needs, so a reader waits for none of it.

describe('the first paint', () => {
  it('needs no Intl formatter in any language: counts and country names come formatted from the build', async () => {
    const intl = countIntlConstructions();
    const shown: string[][] = [];
    try {
      for (const lang of ['en', 'es', 'pt']) {
        const el = await fixture<JointStatement>(html`<joint-statement lang=${lang}></joint-statement>`);
        shown.push([shadowOf(el).querySelector('.summary')!.textContent!.trim(), toggleOf(el)!.textContent!.trim(), shownSignatories(el)[0]]);
      }
    } finally {
      intl.restore();
    }
    expect(intl.constructed).to.deep.equal([]);
    expect(shown).to.deep.equal([
      ['7 organizations from 4 countries', 'Show all 7 signatories', 'Acción Solidaria, Venezuela'],
      ['7 organizaciones de 4 países', 'Mostrar las 7 organizaciones firmantes', 'Acción Solidaria, Venezuela'],
      ['7 organizações de 4 países', 'Mostrar todas as 7 organizações signatárias', 'Acción Solidaria, Venezuela'],
    ]);
  });

  it('shows the same country names the reader’s browser would give', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement expanded></joint-statement>`);
    for (const lang of ['en', 'es', 'pt']) {
      el.lang = lang;
      await el.updateComplete;
      const regionNames = new Intl.DisplayNames([lang], { type: 'region' });
      const countries = [...shadowOf(el).querySelectorAll('.country')].map((span) => span.textContent!.replace(/^,\s*/, '').trim());
      expect(countries, lang).to.deep.equal(['VE', 'VE', 'VE', 'VE', 'BR', 'PE', 'US'].map((code) => regionNames.of(code)));
    }
  });
});
