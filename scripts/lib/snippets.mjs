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
    script: (embed) => ({ file: 'joint-statement.js', url: embed.url, integrity: embed.integrity }),
    inside: ({ fullText }, { headingLevel }) => withHeadingLevel(fullText, Number(headingLevel)),
    fixed: {},
  },
  prerendered: {
    label: 'Pre-rendered (paints like static HTML, needs the hydrating file)',
    meaning: () =>
      'The snippet carries the widget already drawn, so readers see the styled statement as fast as your own text, even without JavaScript; its script (joint-statement-hydrate.js) only makes it interactive. It shows the default number of signatories.',
    script: (embed) => ({ file: 'joint-statement-hydrate.js', url: embed.hydrate.url, integrity: embed.hydrate.integrity }),
    inside: ({ prerendered, fullText }, { headingLevel }) =>
      `${guardedFromAutoParagraphs(declarativeRootOf(prerendered))}\n${withHeadingLevel(fullText, Number(headingLevel)).trim()}`,
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
 * The built files (under dist/) a snippet in this language and heading level is made from: the
 * full text, and the pre-rendered element (the default level keeps the plain name).
 */
export function partFiles(lang, headingLevel = DEFAULT_OPTIONS.headingLevel) {
  const level = String(headingLevel) === DEFAULT_OPTIONS.headingLevel ? '' : `-h${headingLevel}`;
  return { fullText: `full-text/${lang}.html`, prerendered: `prerendered/${lang}${level}.html` };
}

/** Every file `partFiles` can name, for callers that load them all (everySnippet's `files`). */
export function everyPartFile(embed) {
  return [...new Set(embed.languages.flatMap(({ lang }) => HEADING_LEVELS.flatMap((level) => Object.values(partFiles(lang, level)))))];
}

/** The `<template shadowrootmode>` of a pre-rendered element (dist/prerendered/*.html). */
export function declarativeRootOf(element) {
  const root = /<template shadowroot[^>]*>[\s\S]*<\/template>/.exec(element)?.[0];
  if (!root) throw new Error('a pre-rendered element without its declarative shadow root');
  return root;
}

/**
 * The declarative root, shaped so that WordPress's `wpautop` (Classic-editor posts) leaves it
 * byte for byte: `wpautop` wraps every run of text or comments between block tags in `<p>` and
 * adds `<br>` at line ends, which inside the template put paragraphs between Lit's markers, so
 * hydration failed and the widget was drawn again (and the page moved). It leaves alone
 * whatever lies between `<pre` and `</pre>`, so:
 * - `<pre-wpautop-guard hidden></pre-wpautop-guard>` (an empty, hidden element whose name
 *   starts with `pre`) opens the untouched stretch, first thing in the root, before its <style>;
 * - `</pre>` right after `</template>` ends it: the browser ignores an end tag with no open
 *   `<pre>`;
 * - `</area>` before the guard: `wpautop` ends the paragraph it opened before `<area>` with a
 *   `</p>` that would otherwise land inside the template (an empty `<p>` in the widget); it
 *   drops a `</p>` that follows a block tag, and the browser ignores this `</area>`.
 * Pasted where no `wpautop` runs (a Custom HTML block), the same markup gives the same widget.
 * The render's line breaks and indentation become single spaces: no blank line for other
 * editors' auto-paragraphs to split at, and the same page, since hydration never reads
 * whitespace between tags and the widget collapses it (`white-space: normal`).
 */
function guardedFromAutoParagraphs(root) {
  return root
    .replace(/\s*\n\s*/g, ' ')
    .replace(/^(<template[^>]*>)/, '$1</area><pre-wpautop-guard hidden></pre-wpautop-guard>').replace(/<\/template>$/, '</template></pre>');
}

/** Where the partner pastes it, and the one line that says how. */
export const DESTINATIONS = {
  'wordpress-admin': {
    label: 'WordPress, as an administrator or editor',
    paste: 'Add a "Custom HTML" block where the statement should appear and paste the snippet into it.',
    css: 'Add this rule under "Additional CSS" (Appearance › Customize; in block themes, Styles › Additional CSS):',
  },
  'wordpress-author': {
    label: 'WordPress, as an author or contributor',
    shortcode: true,
    paste:
      'Type this shortcode where the statement should appear (or add the "Joint statement" block). It needs the joint-statement plugin, which an administrator installs once; without it, ask an administrator to paste the "Custom HTML" snippet for you.',
    css: 'Ask an administrator to add this rule under "Additional CSS":',
  },
  cms: {
    label: 'Another CMS (Drupal, Squarespace, …)',
    paste:
      'Paste the snippet into an HTML or code block that keeps scripts (Squarespace: a Code block; Drupal: a text format without the HTML filter, such as "Full HTML").',
    css: "Add this rule to your site's custom CSS:",
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
 * coordinating organisation owns is one change there. `file`: joint-statement-hydrate.js for
 * pre-rendered snippets.
 */
export function releaseUrl(packageName, version, file = 'joint-statement.js') {
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

/** The file a self-hosting partner copies, named with its version so no cache serves an older copy under the new hash. */
export function selfHostedFileName(version, file = 'joint-statement.js') {
  return file.replace(/\.js$/, `-${version}.js`);
}

/**
 * Characters no snippet URL needs: spaces and control characters (the URL parser strips or
 * drops them, so "\u0001javascript:" is a script URL to the browser), quotes, angle brackets, and
 * backslashes (which it reads as slashes: "/\\other.host" is another site).
 */
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
 * The element with its fallback inside, shaped so that sanitizers and auto-paragraphing leave a
 * working widget or good reading:
 * - no blank line anywhere: WordPress's `wpautop` (and Drupal's "convert line breaks") start a
 *   new paragraph at each blank line;
 * - an empty `<area>` directly before `<joint-statement>` and directly before
 *   `</joint-statement>`, each on the same line. `wpautop` puts a blank line before every block
 *   tag (`<article>`, `<h2>`, `<p>`…) and after every closing one, so both of the element's tags
 *   end up alone and get wrapped in `<p>…</p>`: that `</p>` closed the element before its
 *   fallback (the statement showed twice), and the `<p>` before `</joint-statement>` made the
 *   browser ignore the closing tag (the rest of the page fell inside the element). `wpautop`
 *   drops a `<p>` that is followed by a block tag, and `<area>` is one to it, while browsers
 *   show nothing for an `<area>` outside an image map and kses keeps it. A wrapping `<div>`
 *   would do the same for `wpautop` but shifts the page: the fallback's heading margin
 *   collapses through the `<div>`, the widget's does not, so the `<div>` moves up when the
 *   script arrives (CLS 0.0011 on desktop, 0.0013 on a phone).
 * - no comment and no `<style>`: a sanitizer escapes a comment holding a tag and strips
 *   `<style>` but prints its rule as text, so the accent rule is given apart (`css`).
 */
function elementMarkup(kind, parts, options) {
  const attributes = attributesOf(options)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<area><joint-statement${attributes}>\n${kind.inside(parts, options).trim()}\n<area></joint-statement>`;
}

/** The WordPress plugin's shortcode with the same attributes as the element. */
function shortcode(options) {
  const attributes = attributesOf(options).map(([name, value]) => ` ${name}="${String(value).replace(/["\]]/g, '')}"`);
  return `[joint-statement${attributes.join('')}]`;
}

/**
 * The snippet for one set of choices.
 * @param embed dist/embed.json: { package, version, url, integrity, canonicalUrl, original, languages }
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
  const kind = KINDS[destination.shortcode ? DEFAULT_OPTIONS.kind : (choices.kind ?? DEFAULT_OPTIONS.kind)];
  if (!kind) throw new Error(`unknown snippet kind "${choices.kind}"`);
  const options = { ...DEFAULT_OPTIONS, ...choices, ...kind.fixed };
  if (kind.namesItsLanguage) options.lang = fallbackLang(embed, options.lang);
  if (!DELIVERIES[options.delivery]) throw new Error(`unknown delivery "${options.delivery}"`);
  if (!isHexColour(options.accent)) throw new Error(`accent "${options.accent}" is not a hex colour such as ${DEFAULT_OPTIONS.accent}`);
  const markup = elementMarkup(kind, parts, options);
  const accent = options.accent.toLowerCase();
  return {
    code: destination.shortcode ? shortcode(options) : `${scriptTag(embed, kind, options)}\n${markup}`,
    markup,
    css: accent === DEFAULT_OPTIONS.accent ? '' : `joint-statement { --joint-statement-accent: ${accent}; }`,
    paste: destination.paste,
    cssWhere: destination.css,
    scriptFile: kind.script(embed).file,
  };
}

/** The language whose full text a snippet carries: the chosen one, else the original. */
export function fallbackLang(embed, lang) {
  return embed.languages.some((language) => language.lang === lang) ? lang : embed.original;
}

/** What `snippetFor` takes as `parts`, from the built files `files` (path under dist/ → text). */
export function partsFrom(files, lang, headingLevel) {
  return Object.fromEntries(Object.entries(partFiles(lang, headingLevel)).map(([part, file]) => [part, files[file]]));
}

/**
 * Every snippet the generator can offer, for checks that must cover them all (the
 * real-WordPress run, layout-shift tests): each kind, destination and delivery, with the
 * defaults and with every option changed (the shortcode once: it has no kind). `files` maps
 * each file of `everyPartFile(embed)` to its text. `choices` are those the snippet follows.
 */
export function everySnippet(embed, files) {
  const changed = { lang: embed.languages.at(-1).lang, previewCount: '5', headingLevel: '3', theme: 'dark', accent: '#8a1c1c' };
  const kinds = Object.keys(KINDS);
  return kinds.flatMap((kind) =>
    Object.keys(DESTINATIONS)
      .filter((destination) => !DESTINATIONS[destination].shortcode || kind === DEFAULT_OPTIONS.kind)
      .flatMap((destination) =>
        (DESTINATIONS[destination].shortcode ? ['pinned'] : Object.keys(DELIVERIES)).flatMap((delivery) =>
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
