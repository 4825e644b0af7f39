import { expect, fixture, html } from '@open-wc/testing';
import { defineStatementVariant } from '../support/fixture-statements.js';
import { shadowOf, type JointStatement } from '../support/widget.js';

// 10,000 names, of which two contain "Tupac" and one "Amaru": each count the filter can
// announce (0, 1, 2, 10,000) is one query away.
const countries = ['VE', 'BR', 'PE', 'US'];
const signatories = Array.from({ length: 10000 }, (_, index) => ({
  name: ['Colectivo Tupac Amaru', 'Colectivo Tupac Katari'][index] ?? `Colectivo ${index + 1}`,
  country: countries[index % countries.length],
}));
defineStatementVariant('counted-joint-statement', { signatories });

async function countFor(lang: string, query: string): Promise<string> {
  const el = await fixture<JointStatement>(html`<counted-joint-statement lang=${lang} expanded></counted-joint-statement>`);
  const filter = shadowOf(el).querySelector<HTMLInputElement>('[part="filter"]')!;
  filter.value = query;
  filter.dispatchEvent(new Event('input'));
  await el.updateComplete;
  return shadowOf(el).querySelector('.filter-count')!.textContent!.replace(/\s+/g, ' ').trim();
}

const queries = { none: 'xyzzy', one: 'amaru', two: 'tupac', all: 'colectivo' };

// The plural categories come from each engine's Intl.PluralRules; Portuguese puts 0 in "one",
// so its zero needs the content's exact "=0" form.
describe('the filter count agrees with the number of matches', () => {
  it('in English: 0, 1, 2 and 10,000', async () => {
    expect(await countFor('en', queries.none)).to.equal('0 of 10,000 match.');
    expect(await countFor('en', queries.one)).to.equal('1 of 10,000 matches.');
    expect(await countFor('en', queries.two)).to.equal('2 of 10,000 match.');
    expect(await countFor('en', queries.all)).to.match(/^10,000 of 10,000 match\. The first 200 are listed/);
  });

  it('in Spanish: 0, 1, 2 and 10.000', async () => {
    expect(await countFor('es', queries.none)).to.equal('0 de 10.000 coinciden.');
    expect(await countFor('es', queries.one)).to.equal('1 de 10.000 coincide.');
    expect(await countFor('es', queries.two)).to.equal('2 de 10.000 coinciden.');
    expect(await countFor('es', queries.all)).to.match(/^10\.000 de 10\.000 coinciden\. Se muestran las primeras 200/);
  });

  it('in Portuguese: 0, 1, 2 and 10.000', async () => {
    expect(await countFor('pt', queries.none)).to.equal('0 de 10.000 correspondem.');
    expect(await countFor('pt', queries.one)).to.equal('1 de 10.000 corresponde.');
    expect(await countFor('pt', queries.two)).to.equal('2 de 10.000 correspondem.');
    expect(await countFor('pt', queries.all)).to.match(/^10\.000 de 10\.000 correspondem\. Mostrando as primeiras 200/);
  });
});
