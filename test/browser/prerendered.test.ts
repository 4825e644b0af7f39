import { expect } from '@open-wc/testing';
import { STRICT_CSP } from '../support/csp-pages.mjs';
import { closeFrames } from '../support/frames.js';
import { afterEvents, styleOf } from '../support/hostile.js';
import {
  HYDRATING_BUNDLE,
  loadScript,
  nodesOf,
  openPage,
  PLAIN_BUNDLE,
  prerendered,
  widgetsSettled,
  widgetText,
  type PreparedPage,
} from '../support/prerendered-page.js';
import { captureWarnings, isShown, languageButton, shownSignatories, titleOf, toggleOf, transitionsDone } from '../support/widget.js';

const widgetIn = (page: PreparedPage) => page.doc.querySelector('joint-statement')!;
const fallbackIn = (el: Element) => el.querySelector(':scope > article')!;

/** What makes the widget look like itself: its frame, the switcher's buttons, the toggle. */
function looksStyled(el: Element): void {
  const host = styleOf(el);
  expect(host.display, 'host display').to.equal('block');
  expect(host.borderTopWidth, 'frame').to.equal('1px');
  expect(host.maxWidth, 'max width').to.equal('672px');
  expect(styleOf(languageButton(el, 'English')).minHeight, 'language button').to.equal('44px');
  expect(styleOf(toggleOf(el)!).color, 'toggle').to.equal('rgb(10, 88, 168)');
}

describe('the pre-rendered snippet (declarative shadow DOM + dist/joint-statement-hydrate.js)', () => {
  afterEach(closeFrames);

  it('shows the styled statement to a reader with JavaScript off, and not the fallback text beside it', async () => {
    const page = await openPage({ body: await prerendered('es'), scripts: false });
    const el = widgetIn(page);
    expect(page.win.customElements.get('joint-statement')).to.equal(undefined);
    expect(titleOf(el).textContent!.trim()).to.match(/^Organizaciones de derechos humanos/);
    looksStyled(el);
    expect(shownSignatories(el)).to.deep.equal([
      'Acción Solidaria, Venezuela',
      'CIVILIS Derechos Humanos, Venezuela',
      'Centro de Derechos Humanos de la Universidad Católica Andrés Bello, Venezuela',
    ]);
    // The light-DOM full text is for crawlers and readers without shadow DOM: not slotted.
    expect(fallbackIn(el).textContent).to.include('Firmado por');
    expect(isShown(fallbackIn(el))).to.equal(false);
  });

  it('hydrates without rendering again: every node before the upgrade is the node after it', async () => {
    const page = await openPage({ body: await prerendered('es') });
    const el = widgetIn(page);
    const before = nodesOf(el.shadowRoot!);
    const mutations: MutationRecord[] = [];
    const observer = new page.win.MutationObserver((records) => mutations.push(...records));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true, attributes: true });
    const warnings = captureWarnings(page.win.console);

    await loadScript(page, HYDRATING_BUNDLE);
    await widgetsSettled(page);
    await afterEvents(page.win);
    observer.disconnect();

    expect((el as any).hasUpdated).to.equal(true);
    const after = nodesOf(el.shadowRoot!);
    expect(after.length).to.equal(before.length);
    expect(after.every((node, index) => node === before[index])).to.equal(true);
    expect(mutations.map((record) => `${record.type} ${record.target.nodeName}`)).to.deep.equal([]);
    expect(warnings.messages, 'nothing to report on the render as built').to.deep.equal([]);
    expect(page.record().errors).to.deep.equal([]);
  });

  it('switches language and expands afterwards exactly like a widget rendered on the client', async () => {
    const page = await openPage({ body: `${await prerendered('es')}<joint-statement lang="es"></joint-statement>` });
    await loadScript(page, HYDRATING_BUNDLE);
    await widgetsSettled(page);
    const [hydrated, clientRendered] = page.doc.querySelectorAll('joint-statement');
    expect(widgetText(hydrated)).to.equal(widgetText(clientRendered));

    for (const el of [hydrated, clientRendered]) {
      languageButton(el, 'Português').click();
      await (el as any).updateComplete;
      toggleOf(el)!.click();
      await (el as any).updateComplete;
    }
    expect(titleOf(hydrated).textContent!.trim()).to.match(/^Organizações de direitos humanos/);
    expect(hydrated.getAttribute('lang')).to.equal('pt');
    expect(shownSignatories(hydrated)).to.have.length(7);
    expect(toggleOf(hydrated)!.getAttribute('aria-expanded')).to.equal('true');
    expect(widgetText(hydrated)).to.equal(widgetText(clientRendered));
    expect(hydrated.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    expect(page.record().errors).to.deep.equal([]);
  });

  it('moves nothing on a partner article when the script arrives after the first paint', async () => {
    const paragraph = '<p>The partner’s own article, before and after the statement, long enough to wrap over a few lines in a narrow column.</p>';
    // Layout Instability is Chromium's; every engine can compare where things are.
    const shiftObserver = `<script>window.shifts = [];
      if (PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
        new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: 'layout-shift', buffered: true });
    </script>`;
    const page = await openPage({
      head: shiftObserver,
      body: `<header><p>Partner organisation</p></header><main><h1>Our coalition’s statement</h1>${paragraph}${paragraph}${await prerendered('en')}<div id="below" style="height: 3000px">${paragraph}</div></main>`,
    });
    const below = page.doc.querySelector('#below')!;
    const before = below.getBoundingClientRect().top;
    await afterEvents(page.win);
    await loadScript(page, HYDRATING_BUNDLE);
    await widgetsSettled(page);
    await afterEvents(page.win);
    expect(below.getBoundingClientRect().top).to.equal(before);
    expect((page.win as any).shifts).to.deep.equal([]);
  });

  it('passes axe once hydrated, expanded and in another language', async () => {
    const page = await openPage({ body: await prerendered('en'), bundle: HYDRATING_BUNDLE });
    await widgetsSettled(page);
    const el = widgetIn(page);
    languageButton(el, 'Español').click();
    toggleOf(el)!.click();
    await (el as any).updateComplete;
    await transitionsDone(el);
    // axe checks nodes of its own document: the page's copy of axe-core runs, with every rule.
    await loadScript(page, '/node_modules/axe-core/axe.min.js');
    const { violations } = await (page.win as any).axe.run(el);
    expect(violations.map((violation: { id: string }) => violation.id)).to.deep.equal([]);
  });

  it('on a page in another language, without lang: hydrates the rendered language first, then follows the page', async () => {
    // The server cannot see the page: without `lang` it renders the original (English).
    const withoutLang = (await prerendered('en')).replace(/^(<joint-statement statement="[^"]+")\s+lang="en"/, '$1');
    expect(withoutLang).to.match(/^<joint-statement statement="[a-z0-9-]+"><template/);
    const page = await openPage({ body: withoutLang, lang: 'pt' });
    const before = nodesOf(widgetIn(page).shadowRoot!);
    await loadScript(page, HYDRATING_BUNDLE);
    await widgetsSettled(page);
    const el = widgetIn(page);
    expect(titleOf(el).textContent!.trim()).to.match(/^Organizações de direitos humanos/);
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    // Hydrated, not replaced: the switcher is the one the server rendered.
    expect(before.includes(languageButton(el, 'Português'))).to.equal(true);
    expect(page.record().errors).to.deep.equal([]);
  });

  it('under a strict style-src that refuses its inline <style>, is styled once the script runs', async () => {
    const page = await openPage({ body: await prerendered('en'), csp: STRICT_CSP, bundle: HYDRATING_BUNDLE });
    await widgetsSettled(page);
    const el = widgetIn(page);
    // The buttons ease into their colours (a short transition) from the unstyled ones.
    await transitionsDone(el);
    looksStyled(el);
    await afterEvents(page.win);
    // The refusal is the one the README's hash would lift; nothing else is blocked.
    expect(page.record().violations.every((violation) => /^style-src/.test(violation))).to.equal(true);
    expect(page.record().errors).to.deep.equal([]);
  });
});

describe('a pre-rendered snippet edited after it was made', () => {
  afterEach(closeFrames);

  const SOURCE =
    'https://www.venezuelablog.org/human-rights-organizations-urge-lima-group-join-forces-diplomatic-efforts-achieve-peaceful-democratic-solution-venezuelas-crisis/';
  // Each edit changes the first occurrence: the declarative root comes before the full text.
  const edits: [string, (render: string) => string][] = [
    ['its title', (render) => render.replace('Human Rights Organizations Urge Lima Group', 'Human Rights Organizations Oppose Lima Group')],
    ['a paragraph', (render) => render.replace('we applaud coordination', 'we condemn coordination')],
    ['a signatory’s name', (render) => render.replace('Acción Solidaria', 'Acción Falsificada')],
    ['the link to the original publication', (render) => render.replace(`href="${SOURCE}"`, 'href="https://forged.example/statement"')],
    ['a paragraph added', (render) => render.replace('<div class="body" part="body">', '<div class="body" part="body"><p>We withdraw our support.</p>')],
    ['its style sheet', (render) => render.replace('</style>', '[part="title"]::after{content:" (withdrawn)"}</style>')],
  ];
  const links = (el: Element) => [...el.shadowRoot!.querySelectorAll('a')].map((link) => link.href);
  const afterTitle = (el: Element) => getComputedStyle(titleOf(el), '::after').content;

  for (const [name, edit] of edits) {
    it(`shows the statement as signed, not ${name} as edited, with one console warning`, async () => {
      const edited = edit(await prerendered('en'));
      expect(edited).not.to.equal(await prerendered('en'));
      const page = await openPage({ body: `${edited}<joint-statement lang="en"></joint-statement>` });
      const warnings = captureWarnings(page.win.console);
      await loadScript(page, HYDRATING_BUNDLE);
      await widgetsSettled(page);
      const [el, clientRendered] = page.doc.querySelectorAll('joint-statement');
      const signed = () => {
        expect(widgetText(el)).to.equal(widgetText(clientRendered));
        expect(links(el)).to.deep.equal(links(clientRendered));
        expect(afterTitle(el)).to.equal(afterTitle(clientRendered));
        expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(1);
      };
      signed();
      expect(titleOf(el).textContent!.trim()).to.match(/^Human Rights Organizations Urge Lima Group/);
      expect(widgetText(el)).to.include('we applaud coordination').and.to.include('Acción Solidaria').and.not.to.include('withdraw');
      expect(links(el)).to.include(SOURCE);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('showing the statement as signed');

      // Still the signed words once expanded, and after another language and back.
      for (const widget of [el, clientRendered]) {
        toggleOf(widget)!.click();
        await (widget as any).updateComplete;
      }
      signed();
      for (const language of ['Español', 'English']) {
        for (const widget of [el, clientRendered]) {
          languageButton(widget, language).click();
          await (widget as any).updateComplete;
        }
        signed();
      }
      expect(shownSignatories(el)).to.have.length(7);
      warnings.restore();
      expect(page.record().errors).to.deep.equal([]);
    });
  }
});

describe('a declarative shadow root the element did not render', () => {
  afterEach(closeFrames);

  it('is replaced by the plain bundle: one statement, no leftovers of the pre-rendered one', async () => {
    const page = await openPage({ body: await prerendered('es'), bundle: PLAIN_BUNDLE });
    await widgetsSettled(page);
    const el = widgetIn(page);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('article')).to.have.length(1);
    expect(root.querySelectorAll('style')).to.have.length(0);
    expect(nodesOf(root).some((node) => node.nodeType === Node.COMMENT_NODE && /lit-part/.test((node as Comment).data))).to.equal(false);
    expect(titleOf(el).textContent!.trim()).to.match(/^Organizaciones de derechos humanos/);
    looksStyled(el);
    expect(page.record().errors).to.deep.equal([]);
  });

  it('is replaced by the hydrating bundle when its attributes were edited after it was rendered', async () => {
    const edited = (await prerendered('es')).replace(/^(<joint-statement statement="[^"]+" lang="es")/, '$1 preview-count="5" heading-level="3"');
    const page = await openPage({ body: edited, bundle: HYDRATING_BUNDLE });
    await widgetsSettled(page);
    const el = widgetIn(page);
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    expect(shownSignatories(el)).to.have.length(5);
    expect(titleOf(el).localName).to.equal('h3');
    toggleOf(el)!.click();
    await (el as any).updateComplete;
    expect(shownSignatories(el)).to.have.length(7);
    expect(page.record().errors).to.deep.equal([]);
  });

  for (const bundle of [HYDRATING_BUNDLE, PLAIN_BUNDLE]) {
    it(`${bundle}: is replaced when it is closed: the widget shows, not the page's content`, async () => {
      const closed =
        '<joint-statement lang="es"><template shadowrootmode="closed"><p>Content the page put there</p></template><article><h2>Fallback</h2></article></joint-statement>';
      const page = await openPage({ body: closed, bundle });
      await widgetsSettled(page);
      const el = widgetIn(page);
      // A closed root stays closed: the element reaches it, the page does not.
      expect(el.shadowRoot).to.equal(null);
      const root = (el as any).renderRoot as ShadowRoot;
      expect(root.querySelectorAll('article')).to.have.length(1);
      expect(root.textContent).not.to.include('Content the page put there');
      const title = root.querySelector('[part="title"]')!;
      expect(title.textContent!.trim()).to.match(/^Organizaciones de derechos humanos/);
      expect(isShown(title)).to.equal(true);
      expect(isShown(fallbackIn(el))).to.equal(false);
      (root.querySelector('[part="toggle"]') as HTMLElement).click();
      await (el as any).updateComplete;
      expect(root.querySelectorAll('#signatory-list li')).to.have.length(7);
      expect(page.record().errors).to.deep.equal([]);
    });
  }

  it('is replaced by the hydrating bundle when it is not a server render', async () => {
    const stale = '<joint-statement lang="es"><template shadowrootmode="open"><article><h2>An old copy</h2></article></template></joint-statement>';
    const page = await openPage({ body: stale, bundle: HYDRATING_BUNDLE });
    await widgetsSettled(page);
    const el = widgetIn(page);
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    expect(widgetText(el)).not.to.include('An old copy');
    expect(titleOf(el).textContent!.trim()).to.match(/^Organizaciones de derechos humanos/);
    expect(page.record().errors).to.deep.equal([]);
  });
});

describe('Lit’s global hydrate hook and the bundles', () => {
  afterEach(closeFrames);

  it('leaves no hydrate hook behind for a Lit the partner loads later', async () => {
    const page = await openPage({ body: await prerendered('en'), bundle: HYDRATING_BUNDLE });
    await widgetsSettled(page);
    expect('litElementHydrateSupport' in page.win).to.equal(false);
  });

  for (const bundle of [HYDRATING_BUNDLE, PLAIN_BUNDLE]) {
    it(`${bundle}: is not patched by a hydrate hook the page set before it, and leaves that hook as it was`, async () => {
      const page = await openPage({ body: await prerendered('en') });
      const patched: unknown[] = [];
      const pageHook = (lit: unknown) => patched.push(lit);
      (page.win as any).litElementHydrateSupport = pageHook;
      await loadScript(page, bundle);
      await widgetsSettled(page);
      expect(patched).to.deep.equal([]);
      expect((page.win as any).litElementHydrateSupport).to.equal(pageHook);
      const el = widgetIn(page);
      expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(1);
      expect(titleOf(el).textContent!.trim()).to.match(/^Human Rights Organizations Urge Lima Group/);
      expect(page.record().errors).to.deep.equal([]);
    });
  }
});
