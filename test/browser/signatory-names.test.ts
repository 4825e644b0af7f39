import { expect, fixture, html } from '@open-wc/testing';
import { defineStatementVariant, linkedSignatories } from '../support/fixture-statements.js';
import { shadowOf, type JointStatement } from '../support/widget.js';

defineStatementVariant('linked-names-joint-statement', { signatories: linkedSignatories });

/**
 * Each shown name with the language a screen reader voices it in: the `lang` of the nearest
 * element around the name's text, across the widget's own markup.
 */
function voicedNames(el: Element): [string, string][] {
  return [...shadowOf(el).querySelectorAll('[part="signatories"] li')].map((li) => {
    // The first text or element inside the item (Lit's comment markers aside) is the name.
    const name = [...li.childNodes].find((node) => node instanceof Element || (node instanceof Text && node.data.trim()))!;
    const element = name instanceof Element ? name : li;
    return [name.textContent!, element.closest('[lang]')!.getAttribute('lang')!];
  });
}

const ownLanguages = [
  ['Acción Solidaria', 'es'],
  ['CIVILIS Derechos Humanos', 'es'],
  ['Centro de Derechos Humanos de la Universidad Católica Andrés Bello', 'es'],
  ['Programa Venezolano de Educación-Acción en Derechos Humanos (PROVEA)', 'es'],
  ['Conectas Direitos Humanos', 'pt'],
  ['Coordinadora Nacional de Derechos Humanos (CNDDHH)', 'es'],
  ['Washington Office on Latin America (WOLA)', 'en'],
];

describe('signatory names in their own language', () => {
  it('voices each name in its own language, whatever language the statement is shown in', async () => {
    for (const lang of ['en', 'es', 'pt']) {
      const el = await fixture<JointStatement>(html`<joint-statement lang=${lang} expanded></joint-statement>`);
      expect(voicedNames(el), `shown in ${lang}`).to.deep.equal(ownLanguages);
    }
  });

  it('leaves the country in the language shown', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="es" expanded></joint-statement>`);
    const country = shadowOf(el).querySelectorAll('[part="signatories"] .country')[6];
    expect(country.textContent).to.equal(', Estados Unidos');
    expect(country.closest('[lang]')!.getAttribute('lang')).to.equal('es');
  });

  it('puts the language on a linked name itself, with no extra wrapper', async () => {
    const el = await fixture<JointStatement>(html`<linked-names-joint-statement lang="es" expanded></linked-names-joint-statement>`);
    const links = [...shadowOf(el).querySelectorAll('[part="signatories"] li > a')];
    expect(links.map((a) => a.getAttribute('lang'))).to.deep.equal(ownLanguages.map(([, lang]) => lang));
    await expect(el).to.be.accessible();
  });

  it('passes axe with the names marked', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="pt" expanded></joint-statement>`);
    await expect(el).to.be.accessible();
  });
});
