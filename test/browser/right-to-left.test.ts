import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Statement, Translation } from '../../src/content-model.js';
import { arabicSignatoryGroups, defineCivicSpace, loadCivicSpace } from '../support/civic-space.js';
import { closeFrames, openFrame } from '../support/frames.js';
import { applyPrintRules } from '../support/media-rules.js';
import { backgroundAndInk, emulateForcedColours, paintedColours, paintedSwatch, textBoxOf } from '../support/painted.js';
import { partsPastTheBox } from '../support/partner-page.js';
import {
  isShown,
  languageButton,
  languageButtons,
  paragraphsOf,
  settled,
  shadowOf,
  shownLang,
  shownSignatories,
  titleOf,
  toggleOf,
  type JointStatement,
} from '../support/widget.js';

// The statement written for the tests in English, Arabic and French: every reader feature,
// right to left. Expected words come from its compiled content where they can.
let civicSpace: Statement;
let arabic: Translation;
let english: Translation;
let total: number;
before(async () => {
  civicSpace = await loadCivicSpace();
  arabic = civicSpace.translations.find((translation) => translation.lang === 'ar')!;
  english = civicSpace.translations.find((translation) => translation.lang === 'en')!;
  total = civicSpace.signatories.length;
  defineCivicSpace('civic-space-statement', civicSpace);
  defineCivicSpace('civic-space-long-statement', { ...civicSpace, signatories: [...civicSpace.signatories, ...arabicSignatoryGroups()] });
  // Just long enough for the filter: axe over a hundred names takes WebKit seconds.
  defineCivicSpace('civic-space-filterable-statement', { ...civicSpace, signatories: [...civicSpace.signatories, ...arabicSignatoryGroups().slice(100)] });
});
const box = (node: Element) => node.getBoundingClientRect();
const contentBox = (node: Element) => {
  const style = getComputedStyle(node);
  const rect = box(node);
  return {
    left: rect.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
    right: rect.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight),
  };
};

/**
 * A count as the widget writes it in Arabic: in the digits of the build's formats, so counts the
 * build formatted and counts the browser formats agree (WebKit's own Arabic digits are ١٤).
 */
const number = (n: number) => new Intl.NumberFormat(`ar-u-nu-${arabic.formatted!.numberingSystem}`).format(n);

/** The first text a node shows (Lit's markers are comments before it). */
function firstText(node: Node): Text {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT, {
    acceptNode: (text) => (/\S/.test(text.textContent!) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  return walker.nextNode() as Text;
}

/** Where a character of a text node is drawn. */
function characterBox(text: Text, offset: number): DOMRect {
  const range = document.createRange();
  range.setStart(text, offset);
  range.setEnd(text, offset + 1);
  return range.getBoundingClientRect();
}

async function arabicWidget(attributes = '') {
  const wrapper = await fixture(`<div><civic-space-statement lang="ar" ${attributes}></civic-space-statement></div>`);
  const el = wrapper.querySelector<JointStatement>('civic-space-statement')!;
  await settled(el);
  return el;
}

describe('a statement in Arabic reads right to left', () => {
  it('marks the text Arabic and right to left, and starts each line at the right edge', async () => {
    const el = await arabicWidget();
    const article = shadowOf(el).querySelector('article')!;
    expect(article.lang).to.equal('ar');
    expect(article.dir).to.equal('rtl');
    expect(getComputedStyle(article).direction).to.equal('rtl');
    expect(titleOf(el).textContent!.trim()).to.equal(arabic.title);
    const text = contentBox(article);
    const firstParagraph = paragraphsOf(el)[0];
    expect(firstParagraph.getClientRects().length).to.be.greaterThan(0);
    expect(getComputedStyle(firstParagraph).textAlign).to.be.oneOf(['start', 'right']);
    const firstLine = characterBox(firstText(firstParagraph), 0);
    expect(Math.abs(firstLine.right - text.right), 'the first word starts at the right edge').to.be.below(2);
  });

  it('mirrors the switcher, the list and the toggle; in English the same widget reads left to right', async () => {
    const el = await arabicWidget();
    const buttons = languageButtons(el);
    expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal(civicSpace.translations.map((t) => t.name));
    // The switcher's order runs from the right: English, the first language, is rightmost.
    expect(box(buttons[0]).left, 'English is right of العربية').to.be.greaterThan(box(buttons[1]).right);
    const article = contentBox(shadowOf(el).querySelector('article')!);
    expect(Math.abs(box(buttons[0]).right - article.right), 'the first button at the right edge').to.be.below(2);
    expect(Math.abs(box(toggleOf(el)!).right - article.right), 'the toggle at the right edge').to.be.below(2);
    const list = shadowOf(el).querySelector('#signatory-list')!;
    expect(parseFloat(getComputedStyle(list).paddingRight), 'the bullets’ room is at the right').to.be.greaterThan(0);
    expect(parseFloat(getComputedStyle(list).paddingLeft)).to.equal(0);
    const firstName = firstText(list.querySelector('li > [lang]')!);
    expect(Math.abs(characterBox(firstName, 0).right - contentBox(list).right), 'the first name starts at the list’s right edge').to.be.below(2);

    el.lang = 'en';
    await settled(el);
    expect(shadowOf(el).querySelector('article')!.dir).to.equal('ltr');
    expect(box(languageButtons(el)[0]).right, 'English is left of العربية').to.be.lessThan(box(languageButtons(el)[1]).left);
    expect(parseFloat(getComputedStyle(shadowOf(el).querySelector('#signatory-list')!).paddingLeft)).to.be.greaterThan(0);
  });

  it('lists each name with the Arabic comma before its country, in Arabic', async () => {
    const el = await arabicWidget('expanded');
    const names = shownSignatories(el);
    expect(names).to.have.length(total);
    expect(names[0]).to.equal(`${civicSpace.signatories[0].name}، ${arabic.formatted!.countries[civicSpace.signatories[0].country]}`);
    el.lang = 'fr';
    await el.updateComplete;
    expect(shownSignatories(el)[0]).to.match(/^شبكة الواحة للحقوق المدنية, Égypte$/);
  });

  it('draws each name in its own direction: "Open Assembly Project Ltd." keeps its full stop at its end in Arabic', async () => {
    const el = await arabicWidget('expanded');
    const name = (text: string) => [...shadowOf(el).querySelectorAll('li > [lang]')].find((node) => node.textContent === text)!;
    // Without its own direction, the full stop (a neutral character between Latin letters and
    // the Arabic comma) would take the text's direction and be drawn left of "Open".
    const latin = name('Open Assembly Project Ltd.');
    const latinText = firstText(latin);
    expect(Math.abs(characterBox(latinText, latinText.length - 1).right - box(latin).right), '"." at the right end').to.be.below(1);
    expect(Math.abs(characterBox(latinText, 0).left - box(latin).left), '"O" at the left end').to.be.below(1);

    el.lang = 'en';
    await settled(el);
    const arabicName = name('المبادرة العربية للصحافة المستقلة (مبادرة)');
    const arabicText = firstText(arabicName);
    expect(Math.abs(characterBox(arabicText, arabicText.length - 1).left - box(arabicName).left), '")" at the left end of "(مبادرة)"').to.be.below(1);
    expect(Math.abs(characterBox(arabicText, 0).right - box(arabicName).right), 'the first letter at its right end').to.be.below(1);
  });
});

describe('reader features in Arabic', () => {
  it('switches language from the keyboard and tells the page; the direction follows', async () => {
    const el = await arabicWidget();
    const before = document.createElement('button');
    before.textContent = 'page control';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(el).activeElement, 'the first button in the tab order is English, the rightmost').to.equal(languageButton(el, english.name));
    const heard = oneEvent(el, 'language-change');
    await sendKeys({ press: 'Enter' });
    expect((await heard).detail).to.deep.equal({ lang: 'en' });
    await el.updateComplete;
    expect(shownLang(el)).to.equal('en');
    expect(shadowOf(el).querySelector('article')!.dir).to.equal('ltr');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(shownLang(el)).to.equal('ar');
    expect(shadowOf(el).querySelector('article')!.dir).to.equal('rtl');
    expect(languageButton(el, arabic.name).getAttribute('aria-pressed')).to.equal('true');
  });

  describe('keeping the reader in place', () => {
    beforeEach(() => (document.documentElement.style.overflowAnchor = 'none'));
    afterEach(() => {
      document.documentElement.style.overflowAnchor = '';
      window.scrollTo({ top: 0, behavior: 'instant' });
    });

    for (const [from, to] of [
      ['ar', 'fr'],
      ['fr', 'ar'],
    ]) {
      it(`keeps the paragraph being read at the same height when switching from ${from} to ${to}`, async () => {
        const page = await fixture(html`<div>
          <div style="height: 1500px"></div>
          <civic-space-statement lang=${from} style="max-width: 30em"></civic-space-statement>
          <div style="height: 3000px"></div>
        </div>`);
        const el = page.querySelector<JointStatement>('civic-space-statement')!;
        await settled(el);
        const fourth = () => paragraphsOf(el)[3];
        window.scrollBy({ top: fourth().getBoundingClientRect().top - 40, behavior: 'instant' });
        const before = fourth().getBoundingClientRect().top;
        const offsetBefore = fourth().getBoundingClientRect().top - el.getBoundingClientRect().top;
        el.lang = to;
        await settled(el);
        expect(fourth().getBoundingClientRect().top - el.getBoundingClientRect().top, 'the text above really changed height').not.to.be.closeTo(
          offsetBefore,
          5,
        );
        expect(Math.abs(fourth().getBoundingClientRect().top - before)).to.be.below(1.5);
        expect(shownLang(el)).to.equal(to);
      });
    }
  });

  it('expands and collapses the signatories from the keyboard', async () => {
    const el = await arabicWidget();
    expect(shownSignatories(el)).to.have.length(3);
    // Counted at build time (the first paint's numbers), in the digits the filter's counts use.
    const countries = new Set(civicSpace.signatories.map((s) => s.country)).size;
    expect(shadowOf(el).querySelector('.summary')!.textContent!.trim()).to.equal(`${number(total)} منظمةً من ${number(countries)} دول`);
    const toggle = toggleOf(el)!;
    expect(toggle.textContent!.trim()).to.equal(`عرض المنظمات الموقّعة الـ${total} كلها`);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shownSignatories(el)).to.have.length(total);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal(arabic.ui.showFewer);
    // Focus went to the first name revealed; reading on, Tab reaches the one linked name
    // among them, then the toggle after the names.
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(el).activeElement?.textContent, 'the linked name revealed').to.equal('Civic Space Watch (CSW)');
    await sendKeys({ press: 'Tab' });
    expect(shadowOf(el).activeElement === toggleOf(el), 'then the toggle').to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(shownSignatories(el)).to.have.length(3);
    expect(toggleOf(el)!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('prints every name and no controls, still right to left', async () => {
    const el = await arabicWidget();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    const screenRulesBack = applyPrintRules(el);
    try {
      expect(shownSignatories(el)).to.have.length(total);
      expect(isShown(shadowOf(el).querySelector('[part="switcher"]')!)).to.equal(false);
      expect(isShown(toggleOf(el)!)).to.equal(false);
      expect(getComputedStyle(shadowOf(el).querySelector('article')!).direction).to.equal('rtl');
    } finally {
      screenRulesBack();
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
    }
    expect(shownSignatories(el)).to.have.length(3);
  });

  it('passes axe collapsed and expanded', async () => {
    const el = await arabicWidget();
    await expect(el).to.be.accessible();
    el.expanded = true;
    await settled(el);
    expect(shownSignatories(el)).to.have.length(total);
    await expect(el).to.be.accessible();
  });

  it('filters a long list in Arabic, finding "الأردن" typed without its hamza, and passes axe while filtering', async () => {
    const el = await fixture<JointStatement>(html`<civic-space-filterable-statement lang="ar" expanded></civic-space-filterable-statement>`);
    await settled(el);
    const filter = shadowOf(el).querySelector<HTMLInputElement>('[part="filter"]')!;
    expect(shadowOf(el).querySelector(`label[for="${filter.id}"]`)!.textContent).to.equal(arabic.ui.filter);
    // Typed without the hamza of "الأردن", as readers often do.
    filter.focus();
    // Typed as text: drivers have no key for Arabic letters on their (US) layout.
    await sendKeys({ type: 'الاردن' });
    await el.updateComplete;
    expect(shownSignatories(el)).to.deep.equal(['جمعية الجسور للتنمية والحوار، الأردن']);
    await expect(el).to.be.accessible();
  });
});

describe('Arabic plural forms', () => {
  // The filter's count for 0, 1, 2, 3, 11 and 100 matches: zero, one, two, few, many, other.
  const counts = { البرتقال: 0, الرمان: 1, السنديان: 2, الياسمين: 3, الزيتون: 11, النخيل: 100 };

  it('says how many names match in the form Arabic uses for each count', async () => {
    const el = await fixture<JointStatement>(html`<civic-space-long-statement lang="ar" expanded></civic-space-long-statement>`);
    await settled(el);
    const listed = civicSpace.signatories.length + arabicSignatoryGroups().length;
    const all = number(listed);
    const expected: Record<number, string> = {
      0: `لا توجد منظمة مطابقة من أصل ${all}.`,
      1: `منظمة واحدة مطابقة من أصل ${all}.`,
      2: `منظمتان مطابقتان من أصل ${all}.`,
      3: `${number(3)} منظمات مطابقة من أصل ${all}.`,
      11: `${number(11)} منظمةً مطابقةً من أصل ${all}.`,
      100: `${number(100)} منظمة مطابقة من أصل ${all}.`,
    };
    const filter = shadowOf(el).querySelector<HTMLInputElement>('[part="filter"]')!;
    for (const [query, count] of Object.entries(counts)) {
      filter.value = query;
      filter.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(shadowOf(el).querySelector('.filter-count')!.textContent!.replace(/\s+/g, ' ').trim(), `${count} matches`).to.equal(expected[count]);
      expect(shownSignatories(el), `${count} matches listed`).to.have.length(count);
    }
  });

  it('counts 1, 2, 3, 11 and 100 signatories and their countries in the summary and the toggle', async () => {
    const names = arabicSignatoryGroups();
    const expected: Record<number, [string, string]> = {
      1: ['منظمة واحدة من دولة واحدة', ''],
      2: ['منظمتان من دولتين', ''],
      3: ['3 منظمات من 3 دول', ''],
      11: ['11 منظمةً من 4 دول', 'عرض المنظمات الموقّعة الـ11 كلها'],
      100: ['100 منظمة من 4 دول', 'عرض المنظمات الموقّعة الـ100 كلها'],
    };
    for (const [count, [summary, toggle]] of Object.entries(expected)) {
      const tag = `civic-space-${count}-statement`;
      defineCivicSpace(tag, { ...civicSpace, signatories: names.slice(0, Number(count)) });
      const wrapper = await fixture(`<div><${tag} lang="ar" preview-count="3"></${tag}></div>`);
      const el = wrapper.firstElementChild as JointStatement;
      await el.updateComplete;
      const digits = (text: string) => text.replace(/\d+/g, (n) => number(Number(n)));
      expect(shadowOf(el).querySelector('.summary')!.textContent!.trim(), `${count} signatories`).to.equal(digits(summary));
      expect(toggleOf(el)?.textContent!.trim() ?? '', `${count} signatories’ toggle`).to.equal(digits(toggle));
    }
  });
});

describe('Arabic on a phone with 200 % text, and the full-text fallback', () => {
  afterEach(closeFrames);

  it('at 320 px with 200 % text, nothing is wider than the widget and the page does not scroll sideways', async () => {
    const srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>html { font-size: 200% }</style>
      <script type="module" src="/test/support/civic-space-page.ts"></script></head>
      <body><joint-statement lang="ar" expanded></joint-statement></body></html>`;
    const win = await openFrame({ srcdoc }, { width: 320, height: 640 });
    const el = win.document.querySelector<JointStatement>('joint-statement')!;
    expect(shownLang(el)).to.equal('ar');
    expect(parseFloat(win.getComputedStyle(paragraphsOf(el)[0]).fontSize), 'the text is at 200 %').to.equal(32);
    expect(partsPastTheBox(el)).to.deep.equal([]);
    const page = win.document.documentElement;
    expect(page.scrollWidth, 'the page is no wider than the window').to.be.at.most(page.clientWidth);
  });

  it('gives readers without scripts the Arabic text right to left, each name in its own direction', async () => {
    const fragment = await (await fetch('/fixture-statements/fixture-civic-space/full-text/ar.html')).text();
    const srcdoc = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body><joint-statement>${fragment}</joint-statement></body></html>`;
    const win = await openFrame({ srcdoc }, { width: 800, height: 600, scripts: false, widgets: false });
    const article = win.document.querySelector('joint-statement > article')!;
    expect(article.getAttribute('lang')).to.equal('ar');
    expect(win.getComputedStyle(article).direction).to.equal('rtl');
    expect(article.querySelector('h2')!.textContent).to.equal(arabic.title);
    expect(article.querySelectorAll('li')).to.have.length(total);
    const latin = [...article.querySelectorAll('li > [lang]')].find((node) => node.textContent === 'Open Assembly Project Ltd.')!;
    expect(latin.parentElement!.textContent).to.equal(`Open Assembly Project Ltd.، ${arabic.formatted!.countries.GB}`);
    const text = latin.firstChild as Text;
    const range = win.document.createRange();
    range.setStart(text, text.length - 1);
    range.setEnd(text, text.length);
    expect(Math.abs(range.getBoundingClientRect().right - latin.getBoundingClientRect().right), '"." at the right end of the name').to.be.below(1);
  });
});

// As forced-colors.test.ts: only Chromium can be put in forced colours from a test; the other
// engines skip, saying so.
describe('Arabic in a Windows contrast theme (forced colours), as painted', () => {
  let forced = false;
  beforeEach(async function () {
    forced = await emulateForcedColours(true);
    if (!forced) this.skip(); // no forced-colours emulation in this engine
  });
  afterEach(async () => {
    if (forced) await emulateForcedColours(false);
  });

  it('paints the current language readable and unlike the others, and passes axe collapsed and expanded', async () => {
    const el = await arabicWidget();
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are on').to.equal(true);
    const label = backgroundAndInk((await paintedColours(textBoxOf(languageButton(el, arabic.name))))!);
    expect(label.contrast, 'العربية stands out from its background').to.be.at.least(4.5);
    expect(label.background, 'in the theme’s Highlight').to.deep.equal(await paintedSwatch('Highlight'));
    const other = backgroundAndInk((await paintedColours(textBoxOf(languageButton(el, english.name))))!);
    expect(other.contrast, 'English is readable').to.be.at.least(4.5);
    expect(other.background).not.to.deep.equal(label.background);
    await expect(el).to.be.accessible();
    toggleOf(el)!.click();
    await settled(el);
    expect(shownSignatories(el)).to.have.length(total);
    await expect(el).to.be.accessible();
  });
});
