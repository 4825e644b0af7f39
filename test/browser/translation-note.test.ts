import { expect, fixture, html } from '@open-wc/testing';
import { statement } from '../support/built-statement.js';
import { defineStatementVariant } from '../support/fixture-statements.js';
import { shadowOf, visibleText, type JointStatement } from '../support/widget.js';

const sources: Record<string, string> = {
  es: 'https://example.org/declaracion-conjunta',
  pt: 'https://example.org/declaracao-conjunta',
  en: 'https://example.org/joint-statement',
};
const asOfficial = (lang: string) => ({ official: true, source: sources[lang] });

// The real statement with its Spanish and Portuguese texts published by the signatories.
defineStatementVariant('official-joint-statement', {
  translations: statement.translations.map((t) => (t.lang === 'en' ? t : { ...t, ...asOfficial(t.lang) })),
});
// Written in Spanish, with the signatories' own English text.
defineStatementVariant('spanish-original-joint-statement', {
  original: 'es',
  translations: statement.translations.map((t) => (t.lang === 'en' ? { ...t, ...asOfficial('en') } : t)),
});
// Marked official by code that forgot the source: nothing to point to, so not called official.
defineStatementVariant('sourceless-joint-statement', {
  translations: statement.translations.map((t) => (t.lang === 'es' ? { ...t, official: true } : t)),
});

function noteOf(el: Element) {
  const note = shadowOf(el).querySelector<HTMLElement>('.note');
  return note && { text: note.textContent!.replace(/\s+/g, ' ').trim(), link: note.querySelector('a')! };
}

describe('the note under a translation: whose words these are', () => {
  it('says our Spanish translation is unofficial and links the original', async () => {
    const note = noteOf(await fixture<JointStatement>(html`<joint-statement lang="es"></joint-statement>`))!;
    expect(note.text).to.equal('Traducción no oficial — original en inglés');
    expect(note.link.textContent).to.equal('original en inglés');
    expect(note.link.href).to.equal(statement.canonicalUrl);
  });

  it('says our Portuguese translation is unofficial and links the original', async () => {
    const note = noteOf(await fixture<JointStatement>(html`<joint-statement lang="pt"></joint-statement>`))!;
    expect(note.text).to.equal('Tradução não oficial — original em inglês');
    expect(note.link.textContent).to.equal('original em inglês');
    expect(note.link.href).to.equal(statement.canonicalUrl);
  });

  it('shows no note with the original English', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="en"></joint-statement>`);
    expect(noteOf(el)).to.equal(null);
    expect(visibleText(el)).not.to.match(/translation/i);
  });

  it('links an official Spanish or Portuguese translation to its own source', async () => {
    const es = noteOf(await fixture<JointStatement>(html`<official-joint-statement lang="es"></official-joint-statement>`))!;
    expect(es.text).to.equal('Traducción oficial — publicada por las organizaciones firmantes');
    expect(es.link.href).to.equal(sources.es);
    const pt = noteOf(await fixture<JointStatement>(html`<official-joint-statement lang="pt"></official-joint-statement>`))!;
    expect(pt.text).to.equal('Tradução oficial — publicada pelas organizações signatárias');
    expect(pt.link.href).to.equal(sources.pt);
  });

  it('links an official English translation to its own source', async () => {
    const el = await fixture<JointStatement>(html`<spanish-original-joint-statement lang="en"></spanish-original-joint-statement>`);
    const en = noteOf(el)!;
    expect(en.text).to.equal('Official translation — published by the signatories');
    expect(en.link.href).to.equal(sources.en);
    el.lang = 'es';
    await el.updateComplete;
    expect(noteOf(el), 'none under the original').to.equal(null);
  });

  it('does not call a translation official when it has no source to link', async () => {
    const note = noteOf(await fixture<JointStatement>(html`<sourceless-joint-statement lang="es"></sourceless-joint-statement>`))!;
    expect(note.text).to.equal('Traducción no oficial — original en inglés');
    expect(note.link.href).to.equal(statement.canonicalUrl);
  });

  it('passes axe with the note and its link', async () => {
    const el = await fixture<JointStatement>(html`<official-joint-statement lang="pt"></official-joint-statement>`);
    await expect(el).to.be.accessible();
  });
});
