import { expect, fixture, html } from '@open-wc/testing';
import { statement } from '../support/built-statement.js';
import { defineStatementVariant } from '../support/fixture-statements.js';
import { partsOf, sizeOf, styleOf } from '../support/hostile.js';
import { languageButton, languageButtons, shadowOf, type JointStatement } from '../support/widget.js';

// Text properties inherit through the host element into the shadow root. Those a partner's theme
// sets for a header, a menu or a pull quote would harm long-form reading here, so the widget
// resets them (src/joint-statement.styles.ts). Font family is inherited on purpose; colour
// comes from the widget's palette, which the partner sets through --joint-statement-text.
const harmful: [property: string, value: string][] = [
  ['text-transform', 'uppercase'],
  ['letter-spacing', '5px'],
  ['word-spacing', '20px'],
  ['line-height', '3'],
  ['white-space', 'pre'],
  ['text-align', 'justify'],
  ['text-align', 'right'],
  ['direction', 'rtl'],
  ['font-style', 'italic'],
  ['font-weight', 'bold'],
  ['text-indent', '4em'],
  ['text-shadow', 'rgb(255, 0, 0) 2px 2px 2px'],
];

/** The widget in Spanish (so the translation note shows too), inside a wrapper with `style`. */
async function widgetInside(style: string): Promise<JointStatement> {
  const wrapper = await fixture(html`<div style=${style}><joint-statement lang="es" expanded></joint-statement></div>`);
  return wrapper.querySelector<JointStatement>('joint-statement')!;
}

describe('text properties inherited from the partner’s page', () => {
  for (const [property, value] of harmful) {
    it(`${property}: ${value} on an ancestor does not reach the statement`, async () => {
      const reference = await widgetInside('');
      const el = await widgetInside(`${property}: ${value}`);
      expect(styleOf(el.parentElement!).getPropertyValue(property), 'the ancestor has it').not.to.equal(
        styleOf(reference.parentElement!).getPropertyValue(property),
      );
      const designed = partsOf(reference);
      for (const [name, node] of partsOf(el)) {
        const want = designed.get(name)!;
        expect(styleOf(node).getPropertyValue(property), `${name} ${property}`).to.equal(styleOf(want).getPropertyValue(property));
        expect(sizeOf(node), `${name} size`).to.deep.equal(sizeOf(want));
      }
      // Reading order as a reader sees it: the switcher runs left to right in these languages.
      const [first, second] = languageButtons(el).map((button) => button.getBoundingClientRect().left);
      expect(first).to.be.below(second);
    });
  }

  it('inherits the page’s font family, and --joint-statement-font overrides it', async () => {
    const el = await widgetInside('font-family: serif');
    for (const [name, node] of partsOf(el)) {
      expect(styleOf(node).fontFamily, `${name} font`).to.equal('serif');
    }
    el.style.setProperty('--joint-statement-font', 'monospace');
    expect(styleOf(shadowOf(el).querySelector('[part="body"] p')!).fontFamily).to.equal('monospace');
    expect(styleOf(languageButton(el, 'Español')).fontFamily).to.equal('monospace');
  });

  it('keeps its own text colour against its own background; the partner sets it with --joint-statement-text', async () => {
    const reference = await widgetInside('');
    const el = await widgetInside('color: rgb(200, 0, 0)');
    const paragraph = (widget: Element) => shadowOf(widget).querySelector('[part="body"] p')!;
    expect(styleOf(paragraph(el)).color).to.equal(styleOf(paragraph(reference)).color);
    const themed = await widgetInside('--joint-statement-text: rgb(10, 20, 30)');
    expect(styleOf(paragraph(themed)).color).to.equal('rgb(10, 20, 30)');
  });
});

// A right-to-left translation (Arabic) of the real statement, to check direction follows the
// shown language, not the page. Only the title is translated; the test reads directions.
defineStatementVariant('rtl-joint-statement', {
  translations: [...statement.translations, { ...statement.translations[0], lang: 'ar', dir: 'rtl', name: 'العربية', title: 'بيان مشترك بشأن فنزويلا' }],
});

describe('text direction follows the shown language', () => {
  it('left to right for Spanish inside a right-to-left page, right to left for Arabic inside a left-to-right one', async () => {
    const inRtlPage = await fixture(html`<div dir="rtl" lang="ar"><joint-statement lang="es"></joint-statement></div>`);
    const spanish = inRtlPage.querySelector('joint-statement')!;
    expect(styleOf(shadowOf(spanish).querySelector('[part="title"]')!).direction).to.equal('ltr');

    const arabic = await fixture<JointStatement>(html`<rtl-joint-statement lang="ar"></rtl-joint-statement>`);
    const title = () => shadowOf(arabic).querySelector('[part="title"]')!;
    expect(title().textContent!.trim()).to.equal('بيان مشترك بشأن فنزويلا');
    expect(styleOf(title()).direction).to.equal('rtl');
    const [english, arabicButton] = [languageButton(arabic, 'English'), languageButton(arabic, 'العربية')];
    expect(arabicButton.getBoundingClientRect().left, 'switcher runs right to left').to.be.below(english.getBoundingClientRect().left);

    english.click();
    await arabic.updateComplete;
    expect(styleOf(title()).direction).to.equal('ltr');
  });
});
