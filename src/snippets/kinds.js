// What the element carries inside a snippet, and which built file runs it.
import { DEFAULT_OPTIONS, HEADING_LEVELS } from './options.js';
import { withHeadingLevel } from '../heading-levels.js';

/**
 * Opens and closes a stretch WordPress's `wpautop` leaves alone around the pre-rendered
 * element, so it puts no `<p>` among Lit's markers (docs/architecture.md#publishing-tool-constraints).
 */
const AUTOP_STRETCH = { start: '<pre-wpautop-guard hidden></pre-wpautop-guard>', end: '<pre hidden></pre>' };

/**
 * The kinds of snippet. `script(embed)` names the file that matches it, `inside(parts, options)`
 * writes its content from the parts the caller passes (`partFiles` says which built files they
 * are); `fixed` are the options its markup cannot follow, `namesItsLanguage` that it cannot
 * follow the page's language; `label` and `meaning` are what the generator says of it.
 */
export const KINDS = {
  'full-text': {
    label: 'Full text (the widget draws itself when its script runs)',
    meaning: () =>
      'The statement is inside the snippet as plain text; the script turns it into the widget, in the same place. Works with every option, in every editor.',
    script: (embed) => ({ file: `${embed.id}/joint-statement.js`, ...embed.script }),
    inside: ({ fullText }, { headingLevel }) => withHeadingLevel(fullText, Number(headingLevel)),
    fixed: {},
  },
  prerendered: {
    label: 'Pre-rendered (paints like static HTML, needs the hydrating file)',
    meaning: () =>
      'The snippet carries the widget already drawn, so readers see the styled statement as fast as your own text, even without JavaScript; its script (joint-statement-hydrate.js) only makes it interactive. It shows the default number of signatories. It needs HTML kept exactly as pasted, comments included: where a tool rewrites HTML (a sanitizing editor, a template engine that strips comments, a typographer run over raw HTML), choose Full text.',
    script: (embed) => ({ file: `${embed.id}/joint-statement-hydrate.js`, url: embed.hydrate.url, integrity: embed.hydrate.integrity }),
    inside: ({ prerendered, fullText }, { headingLevel }) =>
      `${declarativeRootLines(declarativeRootOf(prerendered))}${AUTOP_STRETCH.end}\n${withHeadingLevel(fullText, Number(headingLevel)).trim()}`,
    // Opens the stretch that auto-paragraphing leaves alone, before the element's start tag.
    before: () => AUTOP_STRETCH.start,
    // The render shows the default count: another one would make hydration draw it again.
    fixed: { previewCount: DEFAULT_OPTIONS.previewCount },
    // Drawn in one language: without `lang` it would hydrate in the original and then switch
    // to the page's language, moving the page. So it always names the language it was drawn in.
    namesItsLanguage: true,
  },
};

/**
 * The built files (under dist/<id>/, the statement's folder) a snippet in this language and
 * heading level is made from: the full text, and the pre-rendered element (the default level
 * keeps the plain name).
 */
export function partFiles(lang, headingLevel = DEFAULT_OPTIONS.headingLevel) {
  const level = String(headingLevel) === DEFAULT_OPTIONS.headingLevel ? '' : `-h${headingLevel}`;
  return { fullText: `full-text/${lang}.html`, prerendered: `prerendered/${lang}${level}.html` };
}

/** Every file `partFiles` can name, for callers that load them all (everySnippet's `files`). */
export function everyPartFile(embed) {
  return [...new Set(embed.languages.flatMap((lang) => HEADING_LEVELS.flatMap((level) => Object.values(partFiles(lang, level)))))];
}

/** The `<template shadowrootmode>` of a pre-rendered element (dist/<id>/prerendered/*.html). */
export function declarativeRootOf(element) {
  const root = /<template shadowroot[^>]*>[\s\S]*<\/template>/.exec(element)?.[0];
  if (!root) throw new Error('a pre-rendered element without its declarative shadow root');
  return root;
}

/**
 * The declarative root on three lines: `<template shadowrootmode="open">`, its `<style>` on a
 * line of its own (a Markdown tool that drops raw HTML then drops the CSS with it, instead of
 * printing it as a paragraph), and the rendered widget on one line. Lines and indentation
 * inside the render become single spaces: hydration never reads whitespace between tags and
 * the widget collapses it (`white-space: normal`), and a blank line would end a Markdown HTML
 * block or start an auto-paragraph.
 */
function declarativeRootLines(root) {
  const [, open, style, rest] = /^(<template[^>]*>)\s*(<style>[^]*?<\/style>)\s*([^]*)$/.exec(root) ?? [];
  if (!open) throw new Error('a declarative shadow root that does not open with its <style>');
  return [open, style, rest.replace(/\s*\n\s*/g, ' ')].join('\n');
}

/** The full text at the heading level the partner chose: the rule's one home is src/heading-levels.js. */
export { withHeadingLevel };
