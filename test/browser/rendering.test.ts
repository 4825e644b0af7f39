import { expect, fixture, html } from '@open-wc/testing';
import { isShown, paragraphsOf, shadowOf, titleOf, visibleText, type JointStatement } from '../support/widget.js';

const titles = {
  en: 'Human Rights Organizations Urge Lima Group to Join Forces with Diplomatic Efforts to Achieve Peaceful, Democratic Solution to Venezuela’s Crisis',
  es: 'Organizaciones de derechos humanos instan al Grupo de Lima a sumar fuerzas con los esfuerzos diplomáticos para lograr una solución pacífica y democrática a la crisis de Venezuela',
  pt: 'Organizações de direitos humanos instam o Grupo de Lima a unir forças com os esforços diplomáticos para alcançar uma solução pacífica e democrática para a crise da Venezuela',
};

describe('rendering the statement', () => {
  it('shows the English original: title, four paragraphs, no translation note', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="en"></joint-statement>`);
    expect(titleOf(el).textContent!.trim()).to.equal(titles.en);
    const paragraphs = paragraphsOf(el);
    expect(paragraphs).to.have.length(4);
    expect(paragraphs[0].textContent).to.match(/^On June 3 in New York, representatives of the Lima Group/);
    expect(paragraphs[2].textContent).to.contain('the International Contact Group’s efforts to promote free, fair, and credible elections');
    expect(paragraphs[1].textContent).to.contain(
      '“explore ways to contribute to the restoration of democracy in [Venezuela], through peaceful and negotiated means.”',
    );
    expect(visibleText(el)).not.to.contain('Translation');
    expect(shadowOf(el).querySelector('article')!.getAttribute('lang')).to.equal('en');
  });

  it('shows the Spanish translation with its note that it is unofficial and the original is in English', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="es"></joint-statement>`);
    expect(titleOf(el).textContent!.trim()).to.equal(titles.es);
    expect(paragraphsOf(el)).to.have.length(4);
    expect(paragraphsOf(el)[0].textContent).to.match(/^El 3 de junio, en Nueva York/);
    expect(paragraphsOf(el)[2].textContent).to.contain('Grupo Internacional de Contacto');
    expect(visibleText(el)).to.contain('Traducción no oficial — original en inglés');
    expect(shadowOf(el).querySelector('article')!.getAttribute('lang')).to.equal('es');
  });

  it('shows the Portuguese translation with its note that it is unofficial and the original is in English', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="pt"></joint-statement>`);
    expect(titleOf(el).textContent!.trim()).to.equal(titles.pt);
    expect(paragraphsOf(el)).to.have.length(4);
    expect(paragraphsOf(el)[3].textContent).to.contain('Grupo de Contato Internacional');
    expect(visibleText(el)).to.contain('Tradução não oficial — original em inglês');
    expect(shadowOf(el).querySelector('article')!.getAttribute('lang')).to.equal('pt');
  });

  it('shows no date, since the source gives none', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement></joint-statement>`);
    expect(shadowOf(el).querySelector('time')).to.equal(null);
    expect(visibleText(el)).not.to.contain('2019');
  });

  it('links to the original publication', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement lang="es"></joint-statement>`);
    const link = [...shadowOf(el).querySelectorAll('a')].find((a) => a.textContent!.trim() === 'Publicación original');
    expect(link?.href).to.match(/^https:\/\/www\.venezuelablog\.org\/human-rights-organizations-urge-lima-group/);
  });

  it('replaces the no-script fallback link instead of showing both', async () => {
    const el = await fixture<JointStatement>(
      html`<joint-statement><a href="https://example.org/statement">Read the joint statement on Venezuela</a></joint-statement>`,
    );
    const fallback = el.querySelector('a')!;
    expect(fallback, 'kept for crawlers').to.exist;
    expect(isShown(fallback)).to.equal(false);
    expect(isShown(titleOf(el))).to.equal(true);
  });

  it('shows the title as a level-2 heading by default', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement></joint-statement>`);
    expect(titleOf(el).localName).to.equal('h2');
    expect(shadowOf(el).querySelector('.signatories-heading')!.localName).to.equal('h3');
  });

  it('renders markup-looking content as text', async () => {
    const el = await fixture<JointStatement>(html`<joint-statement></joint-statement>`);
    // "[Venezuela]" is Markdown-significant; it must reach the reader as written.
    expect(shadowOf(el).querySelector('[part="body"] a')).to.equal(null);
    expect(paragraphsOf(el)[1].textContent).to.contain('[Venezuela]');
  });
});
