// The snippets partners paste: one home for their markup, used by the build (dist/embed.html),
// by the generator page (demo/generator.js) and by tests in Node and in the browser. A plain
// module with no Node or DOM imports, so each of them loads this very file.
//
// Every snippet carries the whole statement as plain HTML inside the element (the "full text"
// fallback) rather than a link, because:
// - the page does not move when the script arrives: the widget takes the place of text that
//   is already as tall as the screen, where a one-line link grew into a 1,000 px widget and
//   pushed the partner's article down (CLS 0.148 on desktop);
// - readers without scripts, crawlers, and pages whose CMS strips the script (a WordPress
//   author's post) still read the statement itself, in its language (`<article lang>`).
// The pre-rendered kind carries, before that text, the widget itself as the build rendered it
// (declarative shadow DOM), for the hydrating file to adopt.

import { escapeHtml } from './escape-html.mjs';

/** The element's own defaults: a snippet writes only the attributes that differ from them. */
export const DEFAULT_OPTIONS = Object.freeze({
  kind: 'full-text',
  destination: 'html',
  delivery: 'pinned',
  selfHostedUrl: '',
  lang: '',
  previewCount: '3',
  headingLevel: '2',
  theme: 'auto',
  accent: '#0a58a8',
});

/**
 * What the element carries inside, and which file runs it: `script(embed)` names the file that
 * matches it, `inside(parts, options)` writes its content from the parts the caller passes
 * (`partFiles` says which built files they are); `fixed` are the options its markup cannot
 * follow, `namesItsLanguage` that it cannot follow the page's language; `label` and `meaning`
 * are what the generator says of it.
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
    fixed: { previewCount: '3' },
    // Drawn in one language: without `lang` it would hydrate in the original and then switch
    // to the page's language, moving the page. So it always names the language it was drawn in.
    namesItsLanguage: true,
  },
};

/** The heading levels a snippet may ask for; the build renders the pre-rendered kind at each. */
export const HEADING_LEVELS = ['2', '3', '4', '5', '6'];

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

/** The `<template shadowrootmode>` of a pre-rendered element (dist/prerendered/*.html). */
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

/**
 * WordPress's `wpautop` (Classic-editor posts, and Drupal-style "convert line breaks" filters)
 * leaves alone whatever lies between the text `<pre` and the next `</pre>`. Everywhere else it
 * puts `<p>` around runs of text and comments between block tags: inside the declarative root
 * that moved Lit's markers into paragraphs, so hydration failed and the widget was drawn again.
 * So the pre-rendered kind opens such a stretch before its element with an empty custom element
 * whose name starts with `pre` and closes it after the root with an empty `<pre>`: both
 * conforming, hidden, and never shown (the first is empty, the second sits in the element's
 * light DOM, which the shadow root replaces; both carry `hidden` for when it is stripped).
 */
const AUTOP_STRETCH = { start: '<pre-wpautop-guard hidden></pre-wpautop-guard>', end: '<pre hidden></pre>' };

/**
 * Where the partner pastes it, and the one line that says how. `shortcode`: the WordPress
 * plugin's shortcode instead of HTML; `plain`: the statement as plain HTML, with no script and
 * no element (sanitizers strip both); `file`: a file the partner saves in their site, holding
 * the snippet (`wrap` writes it), and `code` the line that places it in a post; `kinds`: the
 * snippet kinds it offers, when not all; `kindNote`, `deliveryNote`: why the generator's
 * choices of kind and delivery do not apply, when they do not.
 */
export const DESTINATIONS = {
  'wordpress-admin': {
    label: 'WordPress, as an administrator or editor',
    paste: 'Add a "Custom HTML" block where the statement should appear and paste the snippet into it.',
    css: 'Add this rule under "Additional CSS" (block themes: Appearance › Editor › Styles › ⋮ › Additional CSS, from WordPress 6.2; in 6.1, open /wp-admin/customize.php by its address, as the menu does not link it; classic themes: Appearance › Customize › Additional CSS):',
  },
  'wordpress-author': {
    label: 'WordPress, as an author or contributor',
    shortcode: true,
    kinds: ['full-text'],
    kindNote: 'The plugin decides how the statement is drawn.',
    deliveryNote:
      'The plugin loads the exact signed version itself (the file from the jsDelivr CDN, or its own copy if your administrator chose self-hosting).',
    paste:
      'Type this shortcode on a line of its own where the statement should appear (or add the "Joint statement" block). It needs the joint-statement plugin, which an administrator installs once; without it, ask an administrator to paste the "Custom HTML" snippet for you.',
    css: 'Ask an administrator to add this rule under "Additional CSS" (Appearance › Editor › Styles › ⋮ › Additional CSS; in WordPress 6.1 with a block theme, /wp-admin/customize.php):',
  },
  hugo: {
    label: 'Hugo',
    file: {
      path: 'layouts/shortcodes/joint-statement.html',
      // A Go template drops HTML comments, and with them a pre-rendered widget's hydration
      // markers: the snippet goes through as one raw string, unchanged.
      wrap: (html) => {
        if (html.includes('`')) throw new Error('a snippet with a backquote cannot be a Go raw string');
        return `{{- /* The joint statement, from the embed generator. */ -}}\n{{ \`${html}\` | safeHTML }}\n`;
      },
    },
    code: '{{< joint-statement >}}',
    paste:
      'Save the file below as layouts/shortcodes/joint-statement.html in your site, then type the shortcode in the post, on a line of its own, where the statement should appear (Hugo leaves out HTML pasted into Markdown).',
    css: "Add this rule to a stylesheet your site loads (your theme's, or a CSS file under assets/ or static/ that your layout links):",
  },
  jekyll: {
    label: 'Jekyll',
    file: { path: '_includes/joint-statement.html', wrap: (html) => `{% raw %}\n${html}\n{% endraw %}\n` },
    code: '{% include joint-statement.html %}',
    paste:
      'Save the file below as _includes/joint-statement.html in your site, then write this include in the post, on a line of its own, where the statement should appear (or paste the snippet itself there, with a blank line before and after).',
    css: "Add this rule to your site's stylesheet (with the default minima theme: assets/main.scss, after its @import line):",
  },
  markdown: {
    label: 'Eleventy or another Markdown site',
    paste:
      'Paste the snippet into the Markdown file where the statement should appear, with a blank line before and after it. Your Markdown must let HTML through (Eleventy and markdown-it do by default; Hugo needs the Hugo choice above).',
    css: "Add this rule to your site's stylesheet:",
  },
  newsletter: {
    label: 'Newsletter, email or RSS',
    plain: true,
    kinds: ['full-text'],
    kindNote: 'Email programs and feed readers run no scripts and strip unknown elements: the statement goes as plain text.',
    deliveryNote: 'No script: email programs and feed readers would not run it.',
    paste:
      'Paste this HTML where the statement should appear (in an HTML or code block of your newsletter tool, or your feed item). Email programs and feed readers run no scripts, so this is the statement as plain text, with its link.',
    css: '',
  },
  drupal: {
    label: 'Drupal',
    paste:
      'Choose the "Full HTML" text format, switch the editor to "Source" and paste the snippet where the statement should appear (the visual editor drops elements it does not know).',
    css: "Add this rule to your theme's stylesheet, or with a module that adds CSS, such as Asset Injector:",
  },
  cms: {
    label: 'Another CMS (Squarespace, Wix, …)',
    paste: 'Paste the snippet into an HTML or code block that keeps scripts (Squarespace: a Code block; Wix: an Embed HTML element).',
    css: "Add this rule to your site's custom CSS (Squarespace: Design › Custom CSS):",
  },
  html: {
    label: 'My own HTML page',
    paste: "Paste the snippet into your page's HTML where the statement should appear.",
    css: 'Add this rule to your stylesheet:',
  },
};

/** How the page gets the script: the partner's choice between a pinned file, updates, or their own copy. */
export const DELIVERIES = {
  pinned: {
    label: 'Exact signed version (pinned, integrity)',
    meaning: (version) =>
      `Your page shows version ${version} exactly as signed, and browsers refuse the file if one byte of it changes; signatories added later appear only when you paste a new snippet.`,
  },
  follow: {
    label: 'Follow updates to this statement (version range, no integrity)',
    meaning: (version) =>
      `Your page shows new signatories and corrections (releases ${followRange(version)}.x) within about a week of each release without you changing anything, but without an integrity hash browsers cannot check the file, so you trust jsDelivr to serve it unaltered.`,
  },
  self: {
    label: 'Host the file yourself (pinned, integrity)',
    meaning: (version) =>
      `Your page loads version ${version} from your own site, so no other server sees your readers; you copy the file there once, and again for each update you want.`,
  },
};

/**
 * Where partners load a release from: a versioned URL, so the file behind it never changes.
 * Every URL the build, the generator and the plugin print comes from here, with the name from
 * package.json (as dist/embed.json's `package` carries it): moving the package to a scope the
 * coordinating organisation owns is one change there. `file`: the path under dist/,
 * `<id>/joint-statement.js` (or `<id>/joint-statement-hydrate.js` for pre-rendered snippets).
 */
export function releaseUrl(packageName, version, file) {
  return `https://cdn.jsdelivr.net/npm/${packageName}@${version}/dist/${file}`;
}

/**
 * The releases a "follow updates" snippet accepts: those the coordinating organisation may
 * publish for the same statement without breaking a partner's page (semver's caret range:
 * `0.1` for 0.1.x, `1` for 1.x.y).
 */
export function followRange(version) {
  const [major, minor] = version.split('.');
  return major === '0' ? `0.${minor}` : major;
}

/**
 * The file a self-hosting partner copies (`file`: its path under dist/, `<id>/joint-statement.js`),
 * named with the statement and the version, so no cache serves an older copy under the new hash.
 */
export function selfHostedFileName(version, file) {
  const [id, name] = file.split('/');
  return name.replace(/\.js$/, `-${id}-${version}.js`);
}

/**
 * Characters no snippet URL needs: spaces and control characters (the URL parser strips or
 * drops them, so "\u0001javascript:" is a script URL to the browser), quotes, angle brackets, and
 * backslashes (which it reads as slashes: "/\\other.host" is another site).
 */
// eslint-disable-next-line no-control-regex -- refusing control characters is its job
const UNSAFE_IN_URL = /[\s\x00-\x1f\x7f"'<>\\]/;

/**
 * The URL typed by a self-hosting partner, when it is one a snippet can carry: a path on their
 * own site ("/js/x.js", "js/x.js", "./x.js") or an https URL. Anything else (another scheme, a
 * protocol-relative "//other.host/x.js", spaces, quotes, control characters) is refused, and
 * the generator says so.
 */
export function isSelfHostedUrl(url) {
  if (!url || UNSAFE_IN_URL.test(url)) return false;
  return /^https:\/\/./i.test(url) || !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}

/**
 * Whether an accent colour can go into the snippet's CSS rule: a hex colour, as the generator's
 * colour field gives it (#rgb, #rgba, #rrggbb, #rrggbbaa). Anything else could end the rule and
 * start another.
 */
export function isHexColour(value) {
  return /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(value);
}

/** The full-text fragment is written with h2/h3; a snippet carries the level the partner chose, the signatories one below. */
export function withHeadingLevel(fragment, level) {
  const levels = { 2: level, 3: Math.min(level + 1, 6) };
  return fragment.replace(/<(\/?)h([23])>/g, (_, slash, from) => `<${slash}h${levels[from]}>`);
}

/** The element's attributes that differ from its defaults, in the order partners read them. */
function attributesOf(options) {
  return [
    ['lang', options.lang],
    ['preview-count', options.previewCount !== DEFAULT_OPTIONS.previewCount && options.previewCount],
    ['heading-level', options.headingLevel !== DEFAULT_OPTIONS.headingLevel && options.headingLevel],
    ['theme', options.theme !== DEFAULT_OPTIONS.theme && options.theme],
  ].filter(([, value]) => value);
}

function scriptTag(embed, kind, options) {
  const { file, url, integrity } = kind.script(embed);
  if (options.delivery === 'follow') {
    const range = url.replace(`@${embed.version}/`, `@${followRange(embed.version)}/`);
    return `<script src="${escapeHtml(range)}" defer></script>`;
  }
  const src = options.delivery === 'self' ? options.selfHostedUrl || `/${selfHostedFileName(embed.version, file)}` : url;
  return `<script src="${escapeHtml(src)}" integrity="${escapeHtml(integrity)}" crossorigin="anonymous" defer></script>`;
}

/**
 * The element with its fallback inside, in one form every publishing tool keeps in one piece:
 * - `<hr hidden>` opens the first line and the last: `hr` is a block-level tag to CommonMark
 *   and markdown-it (Eleventy, Hugo's Goldmark), kramdown (Jekyll) and `wpautop`, so the
 *   Markdown tools pass the whole snippet through as one HTML block (a line starting with
 *   `<joint-statement>` became a paragraph whose `</p>` closed the element before its text),
 *   and `wpautop` wraps neither of the element's tags in a paragraph (a `<p>` before
 *   `</joint-statement>` made the browser ignore the end tag, and the rest of the page fell
 *   inside the element). Void and hidden, it shows nothing. A wrapping `<div>` would do the
 *   same but shifts the page: the fallback's heading margin collapses through the `<div>`, the
 *   widget's does not, so the `<div>` moves up when the script arrives (CLS 0.0011 on
 *   desktop, 0.0013 on a phone).
 * - no blank line anywhere: it ends a Markdown HTML block, and `wpautop` (and Drupal's
 *   "convert line breaks") start a new paragraph at each one;
 * - no comment and no `<style>` outside the declarative root: a sanitizer escapes a comment
 *   holding a tag and strips `<style>` but prints its rule as text, so the accent rule is
 *   given apart (`css`).
 */
function elementMarkup(embed, kind, parts, options) {
  // The statement first: it says which statement the element shows (registry.ts), and partners' CSS can select it.
  const attributes = [['statement', embed.id], ...attributesOf(options)]
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<hr hidden>${kind.before?.() ?? ''}<joint-statement${attributes}>\n${kind.inside(parts, options).trim()}\n<hr hidden></joint-statement>`;
}

/** The statement alone, as the element's fallback carries it: `<article lang dir>`, at the chosen heading level. */
function plainStatement({ fullText }, { headingLevel }) {
  return withHeadingLevel(fullText, Number(headingLevel)).trim();
}

/** The WordPress plugin's shortcode: the statement's id (the plugin may carry several), then the same attributes as the element. */
function shortcode(embed, options) {
  const attributes = [['id', embed.id], ...attributesOf(options)].map(([name, value]) => ` ${name}="${String(value).replace(/["\]]/g, '')}"`);
  return `[joint-statement${attributes.join('')}]`;
}

/**
 * The snippet for one set of choices.
 * @param embed one statement's entry in dist/embed.json with the build's package name and version:
 *   { package, version, id, script, hydrate, original, languages, … } (snippetEmbed in embed-entry.mjs)
 * @param choices any of DEFAULT_OPTIONS' keys; the rest take their defaults
 * @param parts what the kind carries inside: { fullText, prerendered }, the texts of the files
 *   `partFiles(lang, headingLevel)` names (the full-text kind needs only `fullText`)
 * @returns {{ code: string, markup: string, css: string, paste: string, cssWhere: string, scriptFile: string }}
 *   `code` is what the partner pastes (HTML, or the shortcode); `markup` the element as it
 *   reaches the page (for a preview); `css` the accent rule, empty when the default colour.
 */
export function snippetFor(embed, choices, parts) {
  const destination = DESTINATIONS[choices.destination ?? DEFAULT_OPTIONS.destination];
  if (!destination) throw new Error(`unknown destination "${choices.destination}"`);
  // The plugin decides what a shortcode renders, as it decides which file loads.
  const kind = KINDS[destination.kinds?.length === 1 ? destination.kinds[0] : (choices.kind ?? DEFAULT_OPTIONS.kind)];
  if (!kind) throw new Error(`unknown snippet kind "${choices.kind}"`);
  const options = { ...DEFAULT_OPTIONS, ...choices, ...kind.fixed };
  if (kind.namesItsLanguage) options.lang = fallbackLang(embed, options.lang);
  if (!DELIVERIES[options.delivery]) throw new Error(`unknown delivery "${options.delivery}"`);
  if (!isHexColour(options.accent)) throw new Error(`accent "${options.accent}" is not a hex colour such as ${DEFAULT_OPTIONS.accent}`);
  const markup = destination.plain ? plainStatement(parts, options) : elementMarkup(embed, kind, parts, options);
  const html = destination.plain ? markup : `${scriptTag(embed, kind, options)}\n${markup}`;
  const accent = options.accent.toLowerCase();
  return {
    code: destination.shortcode ? shortcode(embed, options) : destination.file ? destination.code : html,
    markup,
    ...(destination.file ? { file: { path: destination.file.path, text: destination.file.wrap(html) } } : {}),
    // For this statement only: another statement on the same page keeps its own colour.
    css: accent === DEFAULT_OPTIONS.accent || destination.plain ? '' : `joint-statement[statement="${embed.id}"] { --joint-statement-accent: ${accent}; }`,
    paste: destination.paste,
    cssWhere: destination.css,
    scriptFile: destination.plain ? '' : kind.script(embed).file,
  };
}

/** The language whose full text a snippet carries: the chosen one, else the original. */
export function fallbackLang(embed, lang) {
  return embed.languages.includes(lang) ? lang : embed.original;
}

/** What `snippetFor` takes as `parts`, from the built files `files` (path under dist/ → text). */
export function partsFrom(files, lang, headingLevel) {
  return Object.fromEntries(Object.entries(partFiles(lang, headingLevel)).map(([part, file]) => [part, files[file]]));
}

/**
 * Every snippet the generator can offer, for checks that must cover them all (the
 * real-WordPress run, layout-shift tests): each kind, destination and delivery, with the
 * defaults and with every option changed (a destination with one kind and no script, such as
 * the shortcode, once). `files` maps
 * each file of `everyPartFile(embed)` to its text. `choices` are those the snippet follows.
 */
export function everySnippet(embed, files) {
  const changed = { lang: embed.languages.at(-1), previewCount: '5', headingLevel: '3', theme: 'dark', accent: '#8a1c1c' };
  const kinds = Object.keys(KINDS);
  return kinds.flatMap((kind) =>
    Object.keys(DESTINATIONS)
      .filter((destination) => DESTINATIONS[destination].kinds?.includes(kind) ?? true)
      .flatMap((destination) =>
        (DESTINATIONS[destination].shortcode || DESTINATIONS[destination].plain ? ['pinned'] : Object.keys(DELIVERIES)).flatMap((delivery) =>
          [{}, changed].map((options) => {
            const choices = { ...options, kind, destination, delivery, ...(DESTINATIONS[destination].shortcode ? {} : KINDS[kind].fixed) };
            const name = [kind, destination, delivery, options.lang ? 'every option changed' : 'defaults'].join(', ');
            const parts = partsFrom(files, fallbackLang(embed, choices.lang), choices.headingLevel ?? DEFAULT_OPTIONS.headingLevel);
            return { name, choices, ...snippetFor(embed, choices, parts) };
          }),
        ),
      ),
  );
}
