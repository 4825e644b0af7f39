// Several statements on one partner page: each widget shows its own statement's words, whatever
// the mix of statements, snippet kinds, load orders, script types and releases. The pages are
// built from the snippets the build wrote (test/.built/, scripts/cli/build-test-releases.mjs): this
// checkout's build of every statement plus a second one, and another release (another version,
// other element code) of that second statement.
import { expect, waitUntil } from '@open-wc/testing';
import { closeFrames, openFrame } from '../support/frames.js';
import { languageButton, shadowOf, shownLang, shownSignatories, titleOf, toggleOf, type JointStatement } from '../support/widget.js';

interface Entry {
  id: string;
  titles: Record<string, string>;
  original: string;
  languages: string[];
  signatoryCount: number;
  snippet: string;
  prerendered: string;
  script: { url: string; integrity: string };
}
type Release = 'current' | 'other-release';
type Page = Window & typeof globalThis & { warnings: string[] };

const builtIndex = async (release: Release) =>
  (await (await fetch(`/test/.built/${release}/dist/embed.json`)).json()) as { version: string; statements: Entry[] };

/** A snippet as the build wrote it, its script URL swapped for this server's copy of the same file. */
async function snippet(release: Release, entry: Entry, { kind = 'snippet', module = false }: { kind?: 'snippet' | 'prerendered'; module?: boolean } = {}) {
  const code = await (await fetch(`/test/.built/${release}/dist/${entry[kind]}`)).text();
  return code.replace(/<script src="https:\/\/[^"]*\/dist\//, `<script${module ? ' type="module"' : ''} src="/test/.built/${release}/dist/`);
}

/** A partner page holding these snippets, one after the other; it records console warnings. */
async function pageWith(snippets: string[], { before = '' } = {}): Promise<Page> {
  const srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script>window.warnings = []; console.warn = (...args) => window.warnings.push(args.map(String).join(' '));</script>${before}</head>
    <body>${snippets.map((code, index) => `<section id="s${index}">${code}</section>`).join('\n')}</body></html>`;
  return (await openFrame({ srcdoc }, { widgets: false, width: 900, height: 700 })) as Page;
}

const widgets = (win: Window) => [...win.document.querySelectorAll<JointStatement>('joint-statement')];

/** Every widget drawn (those whose statement never arrives excepted: `waiting`). */
async function drawn(win: Window, waiting: Element[] = []) {
  const expected = widgets(win).filter((el) => !waiting.includes(el));
  await waitUntil(() => expected.every((el) => el.hasUpdated), 'every widget drew its statement', { timeout: 8000 });
  await Promise.all(expected.map((el) => el.updateComplete));
}

/** The names the widget's own fallback text lists: its statement's signatories, as the build wrote them. */
const fallbackNames = (el: Element) => [...el.querySelectorAll(':scope > article li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

/** The language a widget shows on these (English) pages: its own `lang`, else English when the statement has it, else its original. */
const expectedLang = (el: Element, entry: Entry) => el.getAttribute('lang') ?? (entry.languages.includes('en') ? 'en' : entry.original);

/** Whether the widget shows the statement `entry`: its title in the shown language, and after expanding, every signatory of its own. */
async function expectShows(el: JointStatement, entry: Entry, lang = expectedLang(el, entry)) {
  expect(el.getAttribute('statement')).to.equal(entry.id);
  expect(shownLang(el)).to.equal(lang);
  expect(titleOf(el).textContent!.trim()).to.equal(entry.titles[lang]);
  if (!el.expanded) toggleOf(el)?.click();
  await el.updateComplete;
  const names = fallbackNames(el);
  expect(names).to.have.length(entry.signatoryCount);
  // The fallback names each country in its own language: in another language only the names compare.
  const nameOnly = (text: string) => text.slice(0, text.lastIndexOf(','));
  const sameLanguage = el.querySelector(':scope > article')!.getAttribute('lang') === lang;
  expect(shownSignatories(el).map(sameLanguage ? String : nameOnly)).to.deep.equal(names.map(sameLanguage ? String : nameOnly));
}

describe('several statements on one page', () => {
  let current: Entry[];
  let first: Entry;
  let second: Entry;
  let otherRelease: { version: string; statements: Entry[] };

  before(async function () {
    // The first request for a file of test/.built/ makes those builds if they are not current.
    this.timeout(600000);
    current = (await builtIndex('current')).statements;
    first = current.find(({ id }) => id !== 'test-second-statement')!;
    second = current.find(({ id }) => id === 'test-second-statement')!;
    otherRelease = await builtIndex('other-release');
  });
  afterEach(closeFrames);

  for (const module of [false, true]) {
    const scripts = module ? 'module scripts' : 'classic scripts';
    it(`two statements, ${scripts}, either order: each widget shows its own title and signatories`, async () => {
      for (const order of [
        [first, second],
        [second, first],
      ]) {
        const win = await pageWith(await Promise.all(order.map((entry) => snippet('current', entry, { module }))));
        await drawn(win);
        const [a, b] = widgets(win);
        await expectShows(a, order[0]);
        await expectShows(b, order[1]);
        expect(win.warnings).to.deep.equal([]);
        closeFrames();
      }
    });
  }

  it('every statement of the build at once, each snippet kind, and the same statement twice', async () => {
    const codes: string[] = [];
    for (const entry of current) codes.push(await snippet('current', entry), await snippet('current', entry, { kind: 'prerendered' }));
    codes.push(await snippet('current', first, { module: true }));
    const win = await pageWith(codes);
    await drawn(win);
    const all = widgets(win);
    expect(all).to.have.length(current.length * 2 + 1);
    for (const [index, entry] of current.entries()) {
      await expectShows(all[index * 2], entry);
      await expectShows(all[index * 2 + 1], entry);
    }
    await expectShows(all.at(-1)!, first);
    expect(win.warnings).to.deep.equal([]);
  });

  it('default and pre-rendered snippets mixed, either one first: the pre-rendered one keeps its own words', async () => {
    for (const codes of [
      [await snippet('current', first), await snippet('current', second, { kind: 'prerendered' })],
      [await snippet('current', second, { kind: 'prerendered' }), await snippet('current', first)],
    ]) {
      const win = await pageWith(codes);
      await drawn(win);
      const byId = (id: string) => widgets(win).find((el) => el.getAttribute('statement') === id)!;
      await expectShows(byId(first.id), first);
      await expectShows(byId(second.id), second);
      expect(shadowOf(byId(second.id)).querySelectorAll('article')).to.have.length(1);
      closeFrames();
    }
  });

  it('switching the language of one widget leaves the others as they were', async () => {
    const win = await pageWith([await snippet('current', first), await snippet('current', second), await snippet('current', first)]);
    await drawn(win);
    const [a, b, c] = widgets(win);
    const other = second.languages.find((lang) => lang !== second.original)!;
    const button = languageButton(
      b,
      [...shadowOf(b).querySelectorAll('[part="language-button"]')].find((el) => el.getAttribute('lang') === other)!.textContent!.trim(),
    );
    button.click();
    await b.updateComplete;
    await expectShows(b, second, other);
    await expectShows(a, first);
    await expectShows(c, first);
  });

  it('a statement whose script fails (404, integrity) keeps its own text; the others work', async () => {
    const missing = (await snippet('current', second)).replace(/src="[^"]*"/, 'src="/test/.built/current/dist/no-such-statement/joint-statement.js"');
    const tampered = (await snippet('current', second)).replace(/integrity="[^"]*"/, `integrity="${first.script.integrity}"`);
    const win = await pageWith([await snippet('current', first), missing, tampered]);
    const [ok, gone, refused] = widgets(win);
    await drawn(win, [gone, refused]);
    await expectShows(ok, first);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const el of [gone, refused]) {
      expect(el.hasUpdated, 'nothing drawn').to.equal(false);
      expect(el.shadowRoot?.childNodes.length ?? 0, 'no shadow content').to.equal(0);
      expect(el.querySelector(':scope > article h2')!.textContent).to.equal(second.titles[second.original]);
      expect(el.querySelector(':scope > article')!.getBoundingClientRect().height, 'its full text shows').to.be.above(100);
    }
  });

  it('statements of two releases (another version, other element code), either first: each shows its own words', async () => {
    const [otherSecond] = otherRelease.statements;
    expect(otherRelease.version).not.to.equal((await builtIndex('current')).version);
    for (const [codes, drawnByOther] of [
      [[await snippet('current', first), await snippet('other-release', otherSecond)], false],
      [[await snippet('other-release', otherSecond), await snippet('current', first)], true],
    ] as const) {
      const win = await pageWith([...codes]);
      await drawn(win);
      const byId = (id: string) => widgets(win).find((el) => el.getAttribute('statement') === id)!;
      await expectShows(byId(first.id), first);
      await expectShows(byId(otherSecond.id), otherSecond);
      // The release whose script ran first defined the element, and its code draws both.
      for (const el of widgets(win)) expect(shadowOf(el).querySelector('article')!.hasAttribute('data-release')).to.equal(drawnByOther);
      expect(win.warnings).to.deep.equal([]);
      closeFrames();
    }
  });

  it('an element without statement="…" among several statements keeps its text, with one warning naming them', async () => {
    const win = await pageWith([await snippet('current', second), await snippet('current', first)]);
    await drawn(win);
    // Placed once both statements are registered (a page's later content, a partner's old snippet).
    const bare = (await snippet('current', first)).replace(/^<script[^>]*><\/script>\n/, '').replace(/<joint-statement statement="[^"]*"/, '<joint-statement');
    const holder = win.document.createElement('div');
    holder.append(win.document.createRange().createContextualFragment(bare));
    win.document.body.append(holder);
    const unnamed = holder.querySelector('joint-statement') as JointStatement;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(unnamed.hasUpdated).to.equal(false);
    expect(unnamed.shadowRoot).to.equal(null);
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.contain(first.id).and.contain(second.id);
  });

  it('a statement in a format the element cannot read keeps its text, with one warning naming both statements', async () => {
    const registry = `<script>globalThis[Symbol.for('joint-statement.registry')] = { version: 1, statements: { 'from-the-future': { format: 99, statement: {} } } };</script>`;
    const future = (await snippet('current', second))
      .replace(/<script [^>]*><\/script>/, '')
      .replace(`statement="${second.id}"`, 'statement="from-the-future"');
    const win = await pageWith([await snippet('current', first), future], { before: registry });
    const [known, unknown] = widgets(win);
    await drawn(win, [unknown]);
    await expectShows(known, first);
    expect(unknown.hasUpdated).to.equal(false);
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.contain('"from-the-future"').and.contain(`"${first.id}"`).and.contain('format 99');
  });

  it('one statement registered twice with different words: the first stays, with one warning naming it', async () => {
    // The statement as its bundle registers it, read from a page's registry (plain data)…
    const win = await pageWith([await snippet('current', second)]);
    await drawn(win);
    const registry = (win as any)[Symbol.for('joint-statement.registry')];
    expect(registry.version).to.equal(1);
    expect(registry.statements[second.id].format).to.equal(1);
    const copy = JSON.parse(JSON.stringify(registry.statements[second.id].statement));
    for (const translation of copy.translations) translation.title = `Another version: ${translation.title}`;
    closeFrames();
    // …then registered with other words before the bundle of the real one runs.
    const early = `<script>globalThis[Symbol.for('joint-statement.registry')] = { version: 1, statements: { ${JSON.stringify(second.id)}: { format: 1, statement: ${JSON.stringify(copy)} } } };</script>`;
    const twice = await pageWith([await snippet('current', second)], { before: early });
    await drawn(twice);
    expect(titleOf(widgets(twice)[0]).textContent!.trim()).to.equal(`Another version: ${second.titles[second.original]}`);
    // The bundle registers its statement after the page's next frame (src/after-first-paint.ts).
    await waitUntil(() => twice.warnings.length > 0, 'the warning', { timeout: 5000 });
    expect(twice.warnings).to.have.length(1);
    expect(twice.warnings[0]).to.contain(`"${second.id}"`);
  });
});
