import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { type JointStatement, languageButton, shadowOf, shownLang, shownSignatories, titleOf, toggleOf } from '../support/widget.js';

const LANGUAGES = [
  { name: 'English', lang: 'en' },
  { name: 'Español', lang: 'es' },
  { name: 'Português', lang: 'pt' },
];

describe('twenty instances on one page', () => {
  it('each keeps its own language and list state, and its ids stay inside its own shadow root', async () => {
    const page = await fixture(html`<div>
      <h2 id="title">The partner’s own title</h2>
      <ul id="signatory-list" class="partner-list"><li>The partner’s own list</li></ul>
      <p id="signatories-heading">The partner’s own paragraph</p>
      ${Array.from({ length: 20 }, () => html`<joint-statement></joint-statement>`)}
    </div>`);
    const widgets = [...page.querySelectorAll<JointStatement>('joint-statement')];
    await Promise.all(widgets.map((el) => el.updateComplete));

    // Click on several: language by position, every third list expanded.
    const wanted = widgets.map((_, i) => ({ language: LANGUAGES[i % 3], expanded: i % 3 === 1 }));
    widgets.forEach((el, i) => {
      if (wanted[i].language.lang !== 'en') languageButton(el, wanted[i].language.name).click();
      if (wanted[i].expanded) toggleOf(el)!.click();
    });
    await Promise.all(widgets.map((el) => el.updateComplete));
    widgets.forEach((el, i) => {
      expect(shownLang(el), `widget ${i + 1} language`).to.equal(wanted[i].language.lang);
      expect(shownSignatories(el), `widget ${i + 1} list`).to.have.length(wanted[i].expanded ? 7 : 3);
    });

    // The page's own elements with the same ids are untouched and still the ones found.
    expect(document.querySelectorAll('#title, #signatory-list, #signatories-heading')).to.have.length(3);
    expect(document.getElementById('title')!.textContent).to.equal('The partner’s own title');
    const pageList = document.getElementById('signatory-list')!;
    expect(pageList.className).to.equal('partner-list');
    expect(pageList.children).to.have.length(1);
    expect(document.getElementById('signatories-heading')!.localName).to.equal('p');

    // Each widget's references resolve to its own elements, never the page's or another widget's.
    for (const el of widgets) {
      const root = shadowOf(el);
      const toggle = toggleOf(el)!;
      expect(root.getElementById(toggle.getAttribute('aria-controls')!)).to.equal(root.querySelector('[part="signatories"] ul'));
      expect(root.getElementById(root.querySelector('article')!.getAttribute('aria-labelledby')!)).to.equal(titleOf(el));
      const section = root.querySelector('[part="signatories"]')!;
      expect(root.getElementById(section.getAttribute('aria-labelledby')!)).to.equal(root.querySelector('.signatories-heading'));
    }
  });
});

describe('the element’s lifecycle', () => {
  it('follows the language of the part of the page it is moved into', async () => {
    const page = await fixture(html`<div><section lang="pt"><joint-statement></joint-statement></section><section lang="es"></section></div>`);
    const el = page.querySelector<JointStatement>('joint-statement')!;
    expect(shownLang(el)).to.equal('pt');
    page.querySelector('[lang="es"]')!.append(el);
    await el.updateComplete;
    expect(shownLang(el)).to.equal('es');
  });

  it('keeps working, with its state, when removed and inserted elsewhere', async () => {
    const page = await fixture(html`<div><section id="one"></section><section id="two"></section></div>`);
    const el = document.createElement('joint-statement');
    page.querySelector('#one')!.append(el);
    await el.updateComplete;
    languageButton(el, 'Español').click();
    toggleOf(el)!.click();
    await el.updateComplete;

    el.remove();
    page.querySelector('#two')!.append(el);
    await el.updateComplete;
    expect(shownLang(el), 'kept its language').to.equal('es');
    expect(shownSignatories(el), 'kept its list state').to.have.length(7);

    languageButton(el, 'Português').click();
    toggleOf(el)!.click();
    await el.updateComplete;
    expect(shownLang(el)).to.equal('pt');
    expect(shownSignatories(el)).to.have.length(3);
  });

  it('leaves no listener on window or document after 1,000 create, attach and detach cycles, and no live instance where the engine can collect garbage', async () => {
    const listeners = countGlobalListeners();
    const finalized = { count: 0 };
    const registry = new FinalizationRegistry(() => finalized.count++);
    const container = document.createElement('div');
    document.body.append(container);
    try {
      // The counter counts: a listener the page adds is seen.
      const probe = () => {};
      window.addEventListener('resize', probe);
      expect(listeners.live()).to.equal(1);
      window.removeEventListener('resize', probe);
      expect(listeners.live()).to.equal(0);

      await cycle(container, registry, 1000);
      // Attached widgets may listen on window (beforeprint, afterprint); detached, none may.
      expect(listeners.live(), 'listeners left on window or document').to.equal(0);
    } finally {
      listeners.restore();
      container.remove();
    }

    // Chromium can be asked for a full garbage collection over its DevTools protocol.
    // Firefox (WebDriver BiDi) and WebKitGTK (WebDriver) offer no such call, so in those
    // engines only the listener count above is checked.
    if (!(await executeServerCommand<boolean, undefined>('collect-garbage'))) return;
    for (let attempt = 0; attempt < 10 && finalized.count < 1000; attempt++) {
      await executeServerCommand('collect-garbage');
      await new Promise((resolve) => setTimeout(resolve, 20)); // finalizers run in a later task
    }
    expect(1000 - finalized.count, 'instances still alive after garbage collection').to.be.below(10);
  });
});

/** Creates, renders, uses and removes `total` widgets, fifty at a time, keeping no reference. */
async function cycle(container: HTMLElement, registry: FinalizationRegistry<unknown>, total: number): Promise<void> {
  for (let done = 0; done < total; done += 50) {
    const batch = Array.from({ length: 50 }, (_, i) => {
      const el = document.createElement('joint-statement');
      if (i % 2) el.setAttribute('lang', LANGUAGES[i % 3].lang);
      registry.register(el, undefined);
      container.append(el);
      return el;
    });
    await Promise.all(batch.map((el) => el.updateComplete));
    for (const el of batch.slice(0, 5)) {
      languageButton(el, 'Português').click();
      toggleOf(el)!.click();
    }
    await Promise.all(batch.map((el) => el.updateComplete));
    for (const el of batch) el.remove();
  }
}

/** Counts listeners added to and removed from window and document, until `restore()`. */
function countGlobalListeners() {
  const proto = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = proto;
  const ids = new WeakMap<object, number>();
  const live = new Set<string>();
  let nextId = 0;
  const idOf = (listener: object) => {
    if (!ids.has(listener)) ids.set(listener, nextId++);
    return ids.get(listener);
  };
  const keyOf = (target: EventTarget, type: string, listener: object, options?: boolean | EventListenerOptions) =>
    `${target === window ? 'window' : 'document'} ${type} ${typeof options === 'boolean' ? options : Boolean(options?.capture)} ${idOf(listener)}`;
  const isGlobal = (target: EventTarget) => target === window || target === document;

  proto.addEventListener = function (this: EventTarget, type: string, listener: any, options?: any) {
    if (isGlobal(this) && listener) live.add(keyOf(this, type, listener, options));
    return add.call(this, type, listener, options);
  };
  proto.removeEventListener = function (this: EventTarget, type: string, listener: any, options?: any) {
    if (isGlobal(this) && listener) live.delete(keyOf(this, type, listener, options));
    return remove.call(this, type, listener, options);
  };
  return {
    live: () => live.size,
    restore: () => Object.assign(proto, { addEventListener: add, removeEventListener: remove }),
  };
}
