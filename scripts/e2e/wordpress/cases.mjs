// Who pastes × what × through which editor: the rows of the check.

export const USERS = [
  { user: 'admin', who: 'administrator' },
  // No unfiltered_html: WordPress's kses cleans what they save.
  { user: 'author', who: 'author' },
];

/** The editor paths a pasted snippet takes to the database. */
const PASTE_PATHS = [
  // Classic editor: raw HTML; on display, wpautop adds <p>/<br>.
  { path: 'Classic', save: 'insert', wrap: (html) => html },
  { path: 'Custom HTML block', save: 'insert', wrap: (html) => `<!-- wp:html -->\n${html.trim()}\n<!-- /wp:html -->` },
  // The block editor's save goes through the REST API.
  { path: 'Custom HTML block, REST save', save: 'rest', wrap: (html) => `<!-- wp:html -->\n${html.trim()}\n<!-- /wp:html -->` },
];

/** What a reader should get unless a case says otherwise: the element's defaults. */
const EXPECTED = { level: 'h2', preview: 3 };

/** The plugin, as authors and administrators use it. */
const pluginCases = (id) => {
  const SHORTCODE = `[joint-statement id="${id}" lang="es" preview-count="5"]`;
  return [
    { snippet: `plugin: ${SHORTCODE}`, path: 'Classic', save: 'insert', content: SHORTCODE, lang: 'es', preview: 5 },
    {
      // wpautop makes paragraphs of the text around it; the shortcode's own line stays unwrapped.
      snippet: `plugin: ${SHORTCODE} between two paragraphs`,
      path: 'Classic',
      save: 'insert',
      content: `Our organisation signed this statement.\n\n${SHORTCODE}\n\nShare it with your networks.`,
      lang: 'es',
      preview: 5,
    },
    {
      snippet: `plugin: ${SHORTCODE}`,
      path: 'Shortcode block, REST save',
      save: 'rest',
      content: `<!-- wp:shortcode -->\n${SHORTCODE}\n<!-- /wp:shortcode -->`,
      lang: 'es',
      preview: 5,
    },
    // Typed inside a sentence, the shortcode's element lands in a paragraph, which the browser
    // closes at the full text's <article>: the element takes its text back (src/stray-fallback.ts).
    {
      snippet: `plugin: "Read the statement: ${SHORTCODE}"`,
      path: 'Classic',
      save: 'insert',
      content: `Read the statement: ${SHORTCODE}`,
      lang: 'es',
      preview: 5,
    },
    {
      snippet: `plugin: "Read the statement: ${SHORTCODE}"`,
      path: 'paragraph block, REST save',
      save: 'rest',
      content: `<!-- wp:paragraph -->\n<p>Read the statement: ${SHORTCODE}</p>\n<!-- /wp:paragraph -->`,
      lang: 'es',
      preview: 5,
    },
    {
      snippet: 'plugin: Joint statement block (pt, h3)',
      path: 'block, REST save',
      save: 'rest',
      content: `<!-- wp:joint-statement/statement {"statement":"${id}","lang":"pt","headingLevel":3} /-->`,
      lang: 'pt',
      level: 'h3',
    },
    {
      // Bad values fall back to the element's defaults; nothing of them reaches the page.
      snippet: 'plugin: shortcode with bad values',
      path: 'Classic',
      save: 'insert',
      content: `[joint-statement id="${id}" lang="xx&quot; onload=&quot;alert(1)" preview-count="-1" heading-level="9" theme="<b>sepia</b>"]`,
    },
    // With one statement in the plugin, the id may be left out.
    { snippet: 'plugin: [joint-statement] (no id, one statement)', path: 'Classic', save: 'insert', content: '[joint-statement]' },
  ];
};

/**
 * @param {{ name: string, html: string, expect?: { lang?: string, level?: string, preview?: number } }[]} snippets
 * @param {string} original the statement's original language
 * @param {string} id the statement's id
 */
export function buildCases(snippets, original, id) {
  const cases = [];
  for (const { user, who } of USERS) {
    // The generator offers pre-rendered snippets to administrators only (authors get the
    // shortcode): kses would print an author's pasted <style> as text.
    for (const snippet of snippets.filter((entry) => !entry.hydrates || who === 'administrator')) {
      for (const { path, save, wrap } of PASTE_PATHS) {
        cases.push({
          who,
          user,
          snippet: snippet.name,
          path,
          save,
          content: wrap(snippet.html),
          ...EXPECTED,
          lang: original,
          ...snippet.expect,
          hydrates: snippet.hydrates,
          plugin: false,
        });
      }
    }
    for (const plugin of pluginCases(id)) {
      cases.push({ who, user, ...EXPECTED, lang: original, ...plugin, plugin: true });
    }
  }
  return cases.map((entry, index) => ({ ...entry, id: `case-${index + 1}`, title: `Case ${index + 1}` }));
}
