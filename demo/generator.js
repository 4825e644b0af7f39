// The embed generator: where the snippet goes and its options → snippet → live preview built
// from that very snippet, so what a partner pastes is what they saw. The snippet's markup
// comes from the modules the build writes dist/<id>/embed.html with. Bundled into
// dist/generator/ (scripts/lib/build-generator.mjs), it reads every file from its own folder, so
// that folder works uploaded alone to any path.
import {
  DELIVERIES,
  DESTINATIONS,
  DEFAULT_OPTIONS,
  fallbackLang,
  isHexColour,
  isSelfHostedUrl,
  KINDS,
  partFiles,
  releaseUrl,
  selfHostedFileName,
  snippetFor,
} from '../src/snippets/index.js';
import { PALETTES } from '../src/palette.js';

const form = document.querySelector('#options');
const preview = document.querySelector('#preview');
const snippetBox = document.querySelector('#snippet');
const copyButton = document.querySelector('#copy');
const copyStatus = document.querySelector('#copy-status');
const accentWarning = document.querySelector('#accent-warning');
const urlWarning = document.querySelector('#url-warning');
// The accent rule, as a constructed style sheet: no inline <style>, for a strict style-src.
const previewStyle = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, previewStyle];

/** A file of the generator's folder (this script's), as an absolute URL a sandboxed frame can load too. */
const own = (path) => new URL(path, import.meta.url).href;

const fileCache = new Map();
/** dist/embed.json: the build's version and every statement. */
let index;
/** The chosen statement's entry with the build's version: what snippetFor takes. */
let embed;

/** One radio per choice, its plain sentence (if any) tied to it as a description. */
function addRadios(fieldset, name, choices, checked) {
  for (const [value, { label, meaning }] of Object.entries(choices)) {
    const input = Object.assign(document.createElement('input'), { type: 'radio', name, value, checked: value === checked });
    const wrapper = document.createElement('label');
    wrapper.append(input, ` ${label}`);
    fieldset.append(wrapper);
    if (meaning) {
      const sentence = Object.assign(document.createElement('p'), { id: `${name}-${value}-meaning`, className: 'meaning' });
      sentence.textContent = meaning(embed.version);
      input.setAttribute('aria-describedby', sentence.id);
      fieldset.append(sentence);
    }
  }
}

function readOptions() {
  const data = new FormData(form);
  const selfHostedUrl = data.get('selfHostedUrl').trim();
  return {
    destination: data.get('destination'),
    // Disabled for the shortcode, which the plugin renders.
    kind: data.get('kind') ?? DEFAULT_OPTIONS.kind,
    // A disabled fieldset (the shortcode's) sends no delivery; the plugin decides it.
    delivery: data.get('delivery') ?? DEFAULT_OPTIONS.delivery,
    selfHostedUrl: isSelfHostedUrl(selfHostedUrl) ? selfHostedUrl : '',
    lang: data.get('lang'),
    // Disabled for the pre-rendered kind, which shows the default.
    previewCount: data.get('previewCount') ?? DEFAULT_OPTIONS.previewCount,
    headingLevel: data.get('headingLevel'),
    theme: data.get('theme'),
    // A browser without a colour picker shows a text field: anything typed there that is not a
    // hex colour leaves the default in the snippet, and checkAccent says why.
    accent: isHexColour(data.get('accent').trim()) ? data.get('accent').trim().toLowerCase() : DEFAULT_OPTIONS.accent,
  };
}

async function fileText(file) {
  if (!fileCache.has(file))
    fileCache.set(
      file,
      fetch(own(`${embed.id}/${file}`)).then((response) => response.text()),
    );
  return fileCache.get(file);
}

/** What the snippet carries inside (snippetFor's parts) for these choices: the built files' texts. */
async function partsFor(options) {
  const files = partFiles(fallbackLang(embed, options.lang), options.headingLevel);
  const parts = await Promise.all(Object.entries(files).map(async ([part, file]) => [part, await fileText(file)]));
  return Object.fromEntries(parts);
}

/**
 * The pre-rendered preview's frame is sandboxed without `allow-same-origin`: the snippet runs in
 * it as on another site, never with this page's origin, so this page cannot look inside. The
 * frame says how tall its page is instead, once parsed (the widget's declarative root attached,
 * what a reader sees before any script) and whenever it changes (the reader expands the list).
 * Measured on the spot rather than after a paint: browsers hold back the rendering of a frame
 * scrolled out of view.
 */
const REPORT_HEIGHT = `<script>
  const report = () => parent.postMessage({ previewHeight: document.documentElement.getBoundingClientRect().height }, '*');
  report();
  new ResizeObserver(report).observe(document.body);
</script>`;
let previewFrame;
let previewReported = () => {};
addEventListener('message', (event) => {
  if (!previewFrame || event.source !== previewFrame.contentWindow || typeof event.data?.previewHeight !== 'number') return;
  previewFrame.style.height = `${Math.ceil(event.data.previewHeight)}px`;
  previewReported(true);
});

/** Shows `frame` as the preview; resolves false if a newer change replaces it before it reports. */
function framePreview(frame) {
  previewReported(false);
  previewFrame = frame;
  const reported = new Promise((resolve) => (previewReported = resolve));
  preview.replaceChildren(frame);
  return reported;
}

/** The kind the snippet is of: a destination with one kind (the shortcode, a newsletter) decides it. */
const kindOf = (options) => {
  const { kinds } = DESTINATIONS[options.destination];
  return kinds?.length === 1 ? kinds[0] : options.kind;
};

/**
 * The preview is the snippet's element itself, with the accent rule applied: a full-text one
 * right here (this page runs the plain script already); a pre-rendered one in a frame of its
 * own, as a partner's page gets it, declarative root, hydrating script and all (the plain
 * script here would draw it again).
 */
async function showPreview(snippet, options) {
  previewStyle.replaceSync('');
  if (kindOf(options) === 'prerendered') {
    const frame = Object.assign(document.createElement('iframe'), { id: 'preview-frame', title: 'Preview of the pre-rendered snippet' });
    frame.sandbox.add('allow-scripts');
    // The generator folder's copy of the file, without integrity and crossorigin: from the
    // sandbox's opaque origin a CORS request would need headers a plain web host does not send.
    const code = snippet.code.replace(/^<script [^>]*><\/script>/, `<script src="${own(snippet.scriptFile)}" defer></script>`);
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="${own('demo.css')}"><style>body { margin: 0; background: none; } ${snippet.css}</style></head><body>${code}${REPORT_HEIGHT}</body></html>`;
    await framePreview(frame);
    return;
  }
  previewFrame = undefined;
  const doc = new DOMParser().parseFromString(`<body>${snippet.markup}</body>`, 'text/html');
  preview.replaceChildren(...[...doc.body.childNodes].map((node) => document.importNode(node, true)));
  previewStyle.replaceSync(snippet.css);
  // Shown once the widget has rendered: it waits for its statement's script and, on a page that
  // has not painted yet, for that paint.
  await customElements.whenDefined('joint-statement');
  await preview.querySelector('joint-statement')?.updateComplete;
}

/** What changes with the kind: the fixed preview count, the style-src source, the file to host. */
function showKindChoices(options) {
  const { kindNote } = DESTINATIONS[options.destination];
  document.querySelector('#kinds').disabled = Boolean(kindNote);
  Object.assign(document.querySelector('#kinds-note'), { hidden: !kindNote, textContent: kindNote ?? '' });
  const prerendered = kindOf(options) === 'prerendered';
  form.previewCount.disabled = prerendered;
  if (prerendered) form.previewCount.value = DEFAULT_OPTIONS.previewCount;
  document.querySelector('#preview-count-note').hidden = !prerendered;
  // The snippet names a language then (snippetFor picks the original when none is chosen): the form says so.
  const followPage = form.lang.querySelector('option[value=""]');
  followPage.disabled = prerendered;
  if (prerendered && form.lang.value === '') form.lang.value = fallbackLang(embed, '');
  document.querySelector('#lang-note').hidden = !prerendered;
  document.querySelector('#style-src').hidden = !prerendered;
  document.querySelector('#style-hash').textContent = embed.hydrate.styleHash;
  document.querySelector('#full-text-hint').hidden = prerendered;
  document.querySelector('#prerendered-hint').hidden = !prerendered;
  const { file } = KINDS[kindOf(options)].script(embed);
  const fileName = selfHostedFileName(embed.version, file);
  form.selfHostedUrl.placeholder = `/${fileName}`;
  Object.assign(document.querySelector('#download'), { href: own(file), download: fileName, textContent: fileName });
  document.querySelector('#self-hosted-file').textContent = `dist/${file}`;
  document.querySelector('#release-url').textContent = releaseUrl(embed.package, embed.version, file);
}

function showDeliveryChoices(options) {
  const { deliveryNote } = DESTINATIONS[options.destination];
  const fieldset = document.querySelector('#deliveries');
  // The plugin decides which file a shortcode loads, and a newsletter has none: the partner's choice would change nothing.
  fieldset.disabled = Boolean(deliveryNote);
  Object.assign(document.querySelector('#deliveries-note'), { hidden: !deliveryNote, textContent: deliveryNote ?? '' });
  const selfHosting = options.delivery === 'self' && !deliveryNote;
  document.querySelector('#self-hosted').hidden = !selfHosting;
  document.querySelector('#self-hosting').hidden = !selfHosting;
  const typed = form.selfHostedUrl.value.trim();
  urlWarning.hidden = !selfHosting || typed === '' || isSelfHostedUrl(typed);
  urlWarning.textContent = urlWarning.hidden
    ? ''
    : 'Give a path on your site (such as /js/joint-statement.js) or an https:// address; the snippet uses the suggested path until then.';
  document.querySelector('#self-hosted-at').textContent = options.selfHostedUrl || form.selfHostedUrl.placeholder;
}

function showSnippet(snippet, options) {
  const { shortcode, file } = DESTINATIONS[options.destination];
  snippetBox.textContent = snippet.code;
  snippetBox.setAttribute('aria-label', shortcode || file ? 'Shortcode to copy' : 'Snippet to copy');
  copyButton.textContent = shortcode || file ? 'Copy the shortcode' : 'Copy the snippet';
  document.querySelector('#paste').textContent = snippet.paste;
  // Hugo and Jekyll: the snippet goes in a file of the site, which the shortcode then places.
  document.querySelector('#site-file').hidden = !snippet.file;
  document.querySelector('#site-file-path').textContent = snippet.file?.path ?? '';
  document.querySelector('#site-file-text').textContent = snippet.file?.text ?? '';
  document.querySelector('#accent-css').hidden = !snippet.css;
  document.querySelector('#css-where').textContent = snippet.cssWhere;
  document.querySelector('#css').textContent = snippet.css;
}

// WCAG relative luminance and contrast ratio, of a hex colour (its alpha left out).
function luminance(hex) {
  const digits = hex.length < 7 ? [...hex.slice(1, 4)].map((digit) => digit + digit).join('') : hex.slice(1, 7);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function checkAccent(options) {
  const typed = form.accent.value.trim();
  if (!isHexColour(typed)) {
    accentWarning.hidden = false;
    accentWarning.textContent = `"${typed}" is not a colour the snippet can carry: give a hex colour such as ${DEFAULT_OPTIONS.accent}. Until then the snippet keeps the default accent.`;
    return;
  }
  if (options.accent === DEFAULT_OPTIONS.accent) return (accentWarning.hidden = true);
  const themes = options.theme === 'auto' ? ['light', 'dark'] : [options.theme];
  const failing = themes.filter((theme) => contrast(options.accent, PALETTES[theme].background) < 4.5);
  accentWarning.hidden = failing.length === 0;
  accentWarning.textContent = failing.length
    ? `This accent colour is hard to read on the ${failing.join(' and ')} background (contrast below 4.5:1). ` +
      (options.theme === 'auto' ? 'Choose "Always light" or "Always dark", or another colour.' : 'Choose another colour.')
    : '';
}

let latest = 0;
/**
 * The statement chosen: its languages in the form, and its script on this page (once), which
 * the full-text preview's element waits for.
 */
function chooseStatement() {
  const id = form.statement.value;
  if (embed?.id === id) return;
  embed = { package: index.package, version: index.version, ...index.statements.find((entry) => entry.id === id) };
  const chosen = form.lang.value;
  form.lang.replaceChildren(new Option("Follow my page's language", ''));
  for (const lang of embed.languages) form.lang.append(new Option(embed.languageNames[lang], lang));
  form.lang.value = embed.languages.includes(chosen) ? chosen : '';
  if (!document.querySelector(`script[data-statement="${id}"]`)) {
    const script = Object.assign(document.createElement('script'), { src: own(`${embed.id}/joint-statement.js`) });
    script.dataset.statement = id;
    document.head.append(script);
  }
}

async function update() {
  const run = ++latest;
  document.body.dataset.ready = 'false'; // tests wait for 'true': snippet and preview match the form
  chooseStatement();
  const options = readOptions();
  const parts = await partsFor(options);
  if (run !== latest) return; // a newer change has already been shown
  const snippet = snippetFor(embed, options, parts);
  showSnippet(snippet, options);
  showKindChoices(options);
  showDeliveryChoices(options);
  await showPreview(snippet, options);
  if (run !== latest) return;
  checkAccent(options);
  copyStatus.textContent = '';
  document.body.dataset.ready = 'true';
}

async function copyFrom(box, status, done) {
  try {
    await navigator.clipboard.writeText(box.textContent);
    status.textContent = done;
  } catch {
    // No clipboard permission (or an old browser): select the text for the reader to copy.
    const range = document.createRange();
    range.selectNodeContents(box);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    box.focus();
    status.textContent = 'The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }
}
const copySnippet = () => copyFrom(snippetBox, copyStatus, 'Copied. Paste it into your page.');
const copySiteFile = () =>
  copyFrom(document.querySelector('#site-file-text'), document.querySelector('#copy-file-status'), 'Copied. Save it as the file named above.');

/** The form starts at the element's own defaults (src/attribute-values.js, through DEFAULT_OPTIONS). */
function showDefaults() {
  form.previewCount.value = DEFAULT_OPTIONS.previewCount;
  form.headingLevel.value = DEFAULT_OPTIONS.headingLevel;
  form.theme.value = DEFAULT_OPTIONS.theme;
  form.accent.value = DEFAULT_OPTIONS.accent;
  document.querySelector('#default-preview-count').textContent = DEFAULT_OPTIONS.previewCount;
}

async function start() {
  showDefaults();
  index = await (await fetch(own('embed.json'))).json();
  // Named by its title in the original language, as partners know it.
  for (const { id, titles, original } of index.statements) form.statement.append(new Option(titles[original], id));
  chooseStatement();
  addRadios(document.querySelector('#destinations'), 'destination', DESTINATIONS, DEFAULT_OPTIONS.destination);
  addRadios(document.querySelector('#kinds'), 'kind', KINDS, DEFAULT_OPTIONS.kind);
  addRadios(document.querySelector('#deliveries'), 'delivery', DELIVERIES, DEFAULT_OPTIONS.delivery);
  document.querySelectorAll('.version').forEach((span) => (span.textContent = embed.version));
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  copyButton.addEventListener('click', copySnippet);
  document.querySelector('#copy-file').addEventListener('click', copySiteFile);
  await update();
}

start();
