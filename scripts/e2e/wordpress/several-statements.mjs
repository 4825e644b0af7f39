// The plugin carrying several statements, on the same WordPress: built from the series' test build
// (test/.built/current: every statement of content/ plus a second one made from the first), two
// statements in one post through the shortcode and the block, as an administrator and as an
// author, the block placed in the real block editor with its statement picked, and a shortcode
// that names none. Each page read in Chromium: each widget shows its own
// statement's title in its own language, one widget's language switch leaves the other as it
// was, each statement's script is printed once with its own pin, and a shortcode without id
// among several shows readers nothing at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTestReleases, SECOND_ID } from '../../cli/build-test-releases.mjs';
import { buildWordPressPlugin } from '../../cli/build-wordpress-plugin.mjs';
import { placeBlockInEditor } from './block-editor.mjs';
import { offline } from './browser.mjs';
import { USERS } from './cases.mjs';

/** Runs in the page: every <joint-statement> as readers see it. */
function readWidgets() {
  const shown = (node) => node.getClientRects().length > 0 && node.checkVisibility();
  return [...document.querySelectorAll('joint-statement')].map((element) => {
    const root = element.shadowRoot;
    return {
      statement: element.getAttribute('statement'),
      lang: root?.querySelector('article')?.lang ?? null,
      title: root?.querySelector('[part="title"]')?.textContent.trim() ?? null,
      // The fallback inside the element stays in the light DOM; shown only when the widget is not.
      fallbackShown: [...element.querySelectorAll('h1, h2, h3, h4, h5, h6')].some(shown),
    };
  });
}

/**
 * @param {{ browser: import('puppeteer-core').Browser, site: (args: string[], input?: string) => string, installPlugin: (zip: string) => void, root: string, siteUrl: string }} options
 * @returns {Promise<object[]>} rows for the run's table
 */
export async function checkSeveralStatements({ browser, site, installPlugin, root, siteUrl }) {
  await buildTestReleases();
  const built = join(root, 'test/.built/current');
  installPlugin(buildWordPressPlugin(join(built, 'dist')));
  site(['option', 'joint_statement_script_source', 'cdn']);
  const index = JSON.parse(readFileSync(join(built, 'dist/embed.json'), 'utf8'));
  const second = index.statements.find(({ id }) => id === SECOND_ID);
  const first = index.statements.find(({ id }) => id !== SECOND_ID);
  const other = first.languages.find((lang) => lang !== first.original);

  const cases = USERS.flatMap(({ user, who }) => [
    {
      who,
      user,
      id: `several-${user}`,
      title: `Two statements (${user})`,
      snippet: `plugin: [joint-statement id="${first.id}" lang="${other}"] and the block for ${second.id}, one post`,
      path: 'Shortcode block and block, REST save',
      save: 'rest',
      content: `<!-- wp:shortcode -->\n[joint-statement id="${first.id}" lang="${other}"]\n<!-- /wp:shortcode -->\n\n<!-- wp:joint-statement/statement {"statement":"${second.id}"} /-->`,
      expect: [
        { statement: first.id, lang: other, title: first.titles[other] },
        { statement: second.id, lang: second.original, title: second.titles[second.original] },
      ],
    },
    {
      who,
      user,
      id: `several-no-id-${user}`,
      title: `No statement named (${user})`,
      snippet: '[joint-statement] with several statements',
      path: 'Classic',
      save: 'insert',
      content: 'Our statements:\n\n[joint-statement]\n\nThank you.',
      expect: [],
    },
  ]);
  const saved = JSON.parse(site(['posts'], JSON.stringify(cases)));
  const pins = Object.fromEntries(index.statements.map(({ script }) => [script.url, script.integrity]));

  // The block placed in the real block editor, its statement picked: the second statement, in Spanish.
  const editorCases = [];
  for (const { user, who } of USERS) {
    const id = `several-block-editor-${user}`;
    const row = {
      id,
      who,
      user,
      snippet: `plugin: Joint statement block, ${second.id} picked, Español`,
      path: 'block editor in Chromium',
      expect: [{ statement: second.id, lang: 'es', title: second.titles.es }],
    };
    try {
      const placed = await placeBlockInEditor(browser, {
        siteUrl,
        cookies: JSON.parse(site(['cookies', user])),
        served: { root: built, releaseUrl: first.script.url },
        title: id,
        statement: second.id,
      });
      saved[id] = { url: placed.url };
      editorCases.push(row);
    } catch (error) {
      editorCases.push({ ...row, failed: error.message.split('\n')[0] });
    }
  }

  const rows = [];
  for (const row of [...cases, ...editorCases]) {
    if (row.failed) {
      rows.push({ ...row, gets: 'no page', problems: [row.failed] });
      continue;
    }
    const problems = [];
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      const requests = await offline(page, { root: built, releaseUrl: first.script.url });
      await page.goto(saved[row.id].url, { waitUntil: 'load' });
      if (row.expect.length) {
        await page
          .waitForFunction(
            (count) => [...document.querySelectorAll('joint-statement')].filter((el) => el.shadowRoot?.querySelector('article')).length === count,
            { timeout: 5000 },
            row.expect.length,
          )
          .catch(() => problems.push('not every widget drew'));
      }
      const widgets = await page.evaluate(readWidgets);
      const got = widgets.map(({ statement, lang, title }) => ({ statement, lang, title }));
      if (JSON.stringify(got) !== JSON.stringify(row.expect)) problems.push(`shows ${JSON.stringify(got)}, not ${JSON.stringify(row.expect)}`);
      if (widgets.some((widget) => widget.fallbackShown)) problems.push('a fallback shows beside the widgets');
      const tags = await page.evaluate(() =>
        [...document.scripts]
          .filter((s) => s.src)
          .map((s) => ({ src: s.src, integrity: s.integrity, crossorigin: s.getAttribute('crossorigin'), defer: s.defer })),
      );
      const statementTags = tags.filter(({ src }) => src in pins);
      if (statementTags.length !== row.expect.length) problems.push(`${statementTags.length} statement scripts, not ${row.expect.length}`);
      for (const tag of statementTags) {
        if (tag.integrity !== pins[tag.src] || tag.crossorigin !== 'anonymous' || !tag.defer)
          problems.push(`script printed without its pin: ${JSON.stringify(tag)}`);
      }
      const text = await page.evaluate(() => document.querySelector('.wp-block-post-content')?.innerText ?? '');
      if (!row.expect.length && /Joint statement:|joint-statement/.test(text)) problems.push(`readers see "${text.trim().slice(0, 80)}"`);
      if (row.expect.length === 2) {
        // One widget's language switch leaves the other as it was.
        await page.evaluate(
          (lang) => document.querySelectorAll('joint-statement')[0].shadowRoot.querySelector(`[part="switcher"] button[lang="${lang}"]`).click(),
          first.original,
        );
        const switched = await page
          .waitForFunction(
            (lang) => document.querySelectorAll('joint-statement')[0].shadowRoot.querySelector('article').lang === lang,
            { timeout: 3000 },
            first.original,
          )
          .then(
            () => true,
            () => false,
          );
        const after = await page.evaluate(readWidgets);
        if (!switched) problems.push('the first widget does not switch language');
        if (after[1].lang !== row.expect[1].lang || after[1].title !== row.expect[1].title)
          problems.push(`switching the first changed the second: ${JSON.stringify(after[1])}`);
      }
      if (errors.length) problems.push(`errors: ${errors.join('; ')}`);
      if (requests.external.length) problems.push(`requests off the site: ${requests.external.join(', ')}`);
      const gets = row.expect.length
        ? `${widgets.length} widgets: ${widgets.map(({ statement, lang }) => `${statement} (${lang})`).join(', ')}`
        : `${widgets.length} widgets, nothing shown`;
      rows.push({ ...row, gets, problems });
    } finally {
      await page.close();
    }
  }
  return rows;
}
