// The rows of the publishing check: each destination the generator offers, its output put
// through the tool it is for, and the tools a snippet may meet anyway. `expect`: `widget` (raw
// HTML and scripts get through: the working widget, the statement once), `fallback` (scripts
// stripped: the full text once, in its language), `dropped` (the tool leaves the HTML out:
// nothing of it may show as code, and no second copy).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { everyPartFile, everySnippet } from '../../../src/snippets/index.js';
import * as tools from './tools.mjs';

/** A partner's post around what they paste: a paragraph before and after, blank lines between. */
const post = (pasted) => `Our coalition signed this statement.\n\n${pasted}\n\nShare it with your networks.\n`;
const postHtml = (pasted) => `<p>Our coalition signed this statement.</p>\n${pasted}\n<p>Share it with your networks.</p>\n`;

/**
 * The generator's snippets for each destination, with the defaults and with every option
 * changed, one per kind, for one statement of the build (an entry of dist/embed.json).
 */
function offered(root, index, statement) {
  const embed = { package: index.package, version: index.version, ...statement };
  const files = Object.fromEntries(everyPartFile(embed).map((file) => [file, readFileSync(join(root, 'dist', statement.id, file), 'utf8')]));
  return everySnippet(embed, files).filter(({ choices }) => choices.delivery === 'pinned');
}

/**
 * @returns {{ tool: string, snippet: string, expect: 'widget' | 'fallback' | 'dropped', hydrates: boolean, langDropped: boolean, lang?: string, level?: string, preview?: number, build: () => Promise<string> }[]}
 */
export function buildCases(root, index, statement) {
  const snippets = offered(root, index, statement);
  const of = (destination) => snippets.filter((snippet) => snippet.choices.destination === destination);
  const rows = [];
  const add = (tool, snippet, expect, build) => {
    const { kind, lang, headingLevel, previewCount } = snippet.choices;
    const changed = Boolean(lang);
    rows.push({
      tool,
      snippet: `${snippet.choices.destination}: ${kind === 'prerendered' ? 'pre-rendered' : 'full text'}, ${changed ? `${lang}, h${headingLevel}, ${previewCount} names` : 'defaults'}`,
      expect,
      hydrates: kind === 'prerendered',
      ...(changed ? { lang, level: `h${headingLevel}`, preview: Number(previewCount) } : {}),
      // sanitize-html's defaults keep no attribute but links' and images': no snippet can keep `lang` there.
      langDropped: tool.includes('sanitize-html'),
      build,
    });
  };

  for (const snippet of of('hugo')) {
    add(
      'Hugo 0.111, default settings: shortcode file + {{< joint-statement >}}',
      snippet,
      'widget',
      async () => await tools.hugo(post(snippet.code), { shortcodes: { 'joint-statement.html': snippet.file.text } }),
    );
  }
  for (const snippet of of('jekyll')) {
    add('Jekyll 4.3 (kramdown): include file + {% include %}', snippet, 'widget', () =>
      tools.jekyll(post(snippet.code), { includes: { 'joint-statement.html': snippet.file.text } }),
    );
  }
  for (const snippet of of('markdown')) {
    add('Eleventy 3 (markdown-it), pasted into Markdown', snippet, 'widget', () => tools.eleventy(post(snippet.code)));
    add('Jekyll 4.3 (kramdown), pasted into Markdown', snippet, 'widget', () => tools.jekyll(post(snippet.code)));
    add('Hugo 0.111 with goldmark unsafe = true, pasted into Markdown', snippet, 'widget', () => tools.hugo(post(snippet.code), { unsafe: true }));
    // Hugo's default leaves raw HTML out: the generator's Hugo row is the shortcode.
    add('Hugo 0.111, default settings, pasted into Markdown (not offered)', snippet, 'dropped', () => tools.hugo(post(snippet.code)));
  }
  // Controls: the check must see what the issue reported. The former pre-rendered form (`<area>`
  // in place of `<hr hidden>`, its <style> on the template's line) became a paragraph in Hugo,
  // which printed the CSS; a pre-rendered snippet through sanitize-html (not offered there) keeps
  // the template's text beside the full text: the statement twice.
  const control = (tool, row, build) => rows.push({ ...row, tool: `Control, must be bad: ${tool}`, control: true, build });
  const [prerendered] = of('markdown').filter(({ choices }) => choices.kind === 'prerendered');
  const prerenderedRow = rows.find((row) => row.hydrates && row.snippet.startsWith('markdown: pre-rendered, defaults'));
  const former = prerendered.code
    .replaceAll('<hr hidden>', '<area>')
    .replace('<template shadowrootmode="open">\n<style>', '<template shadowrootmode="open"><style>');
  control('Hugo 0.111, default settings, the former <area> form of the pre-rendered snippet', { ...prerenderedRow, expect: 'dropped' }, () =>
    tools.hugo(post(former)),
  );
  control('sanitize-html 2 (defaults), a pre-rendered snippet', { ...prerenderedRow, expect: 'fallback' }, () =>
    tools.sanitizeHtml(postHtml(prerendered.code)),
  );

  for (const snippet of of('html')) {
    add('Eleventy 3, Nunjucks page', snippet, 'widget', () =>
      tools.eleventy(`<p>Our coalition signed this statement.</p>\n${snippet.code}\n`, { engine: 'njk' }),
    );
  }
  for (const destination of ['drupal', 'wordpress-admin']) {
    for (const snippet of of(destination)) {
      add('"Convert line breaks" (WordPress wpautop, as Classic posts and Drupal-style filters)', snippet, 'widget', async () =>
        tools.wpautop(post(snippet.code)),
      );
    }
  }
  for (const snippet of of('newsletter')) {
    add('Newsletter HTML as pasted', snippet, 'fallback', async () => postHtml(snippet.code));
    add('Newsletter HTML through sanitize-html 2 (defaults)', snippet, 'fallback', async () => tools.sanitizeHtml(postHtml(snippet.code)));
    add('Newsletter HTML through DOMPurify 3 (defaults)', snippet, 'fallback', async () => tools.domPurify(postHtml(snippet.code)));
  }
  for (const snippet of of('cms')) {
    add('DOMPurify 3 (defaults): scripts and unknown elements stripped', snippet, 'fallback', async () => tools.domPurify(postHtml(snippet.code)));
    if (snippet.choices.kind !== 'prerendered') {
      add('sanitize-html 2 (defaults): scripts and unknown elements stripped', snippet, 'fallback', async () => tools.sanitizeHtml(postHtml(snippet.code)));
    }
  }
  return rows;
}
