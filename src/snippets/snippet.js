// A snippet partners paste, for one set of choices: one home for its markup, used by the build
// (dist/<id>/embed.html), the generator page and the tests. Plain modules with no Node or DOM
// imports, so each of them loads these very files. Why every snippet carries the full text:
// docs/architecture.md#decisions-and-the-measurements-behind-them.
import { DESTINATIONS, DELIVERIES } from './destinations.js';
import { escapeHtml } from './escape-html.js';
import { KINDS, partFiles, withHeadingLevel } from './kinds.js';
import { DEFAULT_OPTIONS, isHexColour } from './options.js';
import { followRange, selfHostedFileName } from './urls.js';

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
 * The element with its fallback inside, in the one form every publishing tool keeps in one piece:
 * `<hr hidden>` opening the first and last lines, no blank line, no comment or `<style>` outside
 * the declarative root (docs/architecture.md#publishing-tool-constraints).
 */
function elementMarkup(embed, kind, parts, options) {
  // The statement first: it says which statement the element shows (registry.ts), and partners' CSS can select it.
  const attributes = [['statement', embed.id], ...attributesOf(options)].map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
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
