// Build-time rendering with Lit's own server renderer (@lit-labs/ssr): the widget as the
// browser would render it, as declarative shadow DOM, for the pre-rendered snippet. The page
// then shows the styled statement at static-HTML speed, with or without JavaScript, and the
// hydrating bundle adopts it. The statement's full text goes in light DOM beside it, for
// crawlers, readers without shadow DOM and CMSes that strip <template>.
import { DEFAULT_OPTIONS, escapeHtml, HEADING_LEVELS, partFiles, withHeadingLevel } from '../../src/snippets/index.js';
import { serverModule, renderFullText } from './server-render.mjs';
import { withoutUnusedText } from './statement-module.mjs';

/**
 * Loads the element compiled for Node and registers the statement as its hydrating bundle does,
 * with the statement's data that bundle carries. One statement per process: the element is
 * defined once (scripts/cli/build-bundles.mjs runs each statement's build apart).
 */
async function loadServerElement(root, statement) {
  const { defineElement, registerStatement } = await serverModule(statement, root);
  registerStatement(withoutUnusedText(statement));
  defineElement(statement.id);
}

/**
 * `<joint-statement>` with its declarative shadow root, rendered by @lit-labs/ssr.
 * @param {Record<string, string>} attributes e.g. { lang: 'es' }
 */
async function renderElement(attributes) {
  const [{ render }, { collectResultSync }, { unsafeStatic, html: staticHtml }] = await Promise.all([
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
    import('lit/static-html.js'),
  ]);
  // Attribute names and values are ours (validated snippet options), escaped all the same.
  const written = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const markup = collectResultSync(render(staticHtml`<joint-statement${unsafeStatic(written)}></joint-statement>`));
  // The renderer wraps its input in the markers of a template of its own, which no client
  // code hydrates: the snippet is the element alone.
  const element = /^<!--lit-part[^>]*-->(<joint-statement[\s\S]*<\/joint-statement>)<!--\/lit-part-->$/.exec(markup)?.[1];
  if (!element) throw new Error(`prerender: unexpected renderer output: ${markup.slice(0, 120)}…`);
  // The renderer keeps the template's space before the attributes it writes: one is enough. It
  // also writes the pre-2023 `shadowroot` beside `shadowrootmode`, which the HTML checker
  // rejects and no browser needs any more.
  return element
    .replace(/^<joint-statement\s+/, '<joint-statement ')
    .replace(/^<joint-statement >/, '<joint-statement>')
    .replace(/(<template) shadowroot="open"/, '$1');
}

/**
 * Renders the pre-rendered element for each of the statement's languages at each heading level:
 * a snippet's attributes must be those the render was made with, or hydration draws it again.
 * (`theme` is not among them: it only selects host styles, the render is the same.)
 * @param {string} root the project folder whose src/ is rendered
 * @param {object} statement the compiled statement (scripts/content/compile.mjs)
 * @returns {Promise<Map<string, string>>} file under dist/ (partFiles) →
 *   `<joint-statement lang=… [heading-level=…]>…</joint-statement>`
 */
export async function prerenderLanguages(root, statement) {
  await loadServerElement(root, statement);
  const rendered = new Map();
  for (const { lang } of statement.translations) {
    for (const level of HEADING_LEVELS) {
      // The attributes of the snippets that carry it (src/snippets/): the statement first.
      const attributes = { statement: statement.id, lang, ...(level === DEFAULT_OPTIONS.headingLevel ? {} : { 'heading-level': level }) };
      const element = await renderElement(attributes);
      // The full text goes after the declarative root: not slotted, so only readers and tools
      // without shadow DOM (or whose CMS removed the <template>) see it.
      const fullText = withHeadingLevel(await renderFullText(statement, lang, root), Number(level)).trim();
      rendered.set(partFiles(lang, level).prerendered, element.replace(/<\/joint-statement>$/, `\n${fullText}\n</joint-statement>`));
    }
  }
  return rendered;
}
