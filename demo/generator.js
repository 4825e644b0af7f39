// The embed generator: options → snippet → live preview built from that very snippet, so
// what a partner pastes is what they saw.

const DEFAULTS = { lang: '', previewCount: '3', headingLevel: '2', theme: 'auto', accent: '#0a58a8' };
const BACKGROUNDS = { light: '#ffffff', dark: '#16191d' };

const form = document.querySelector('#options');
const preview = document.querySelector('#preview');
const snippetBox = document.querySelector('#snippet');
const copyButton = document.querySelector('#copy');
const copyStatus = document.querySelector('#copy-status');
const accentWarning = document.querySelector('#accent-warning');

const fullTextCache = new Map();
let embed;

function readOptions() {
  const data = new FormData(form);
  return {
    lang: data.get('lang'),
    previewCount: data.get('previewCount'),
    headingLevel: data.get('headingLevel'),
    theme: data.get('theme'),
    accent: data.get('accent').toLowerCase(),
    fullText: data.get('fullText') === 'on',
  };
}

async function fullTextFor(lang, headingLevel) {
  if (!fullTextCache.has(lang)) {
    fullTextCache.set(lang, await (await fetch(`/dist/full-text/${lang}.html`)).text());
  }
  // The fragment is written with h2/h3; match the heading level the partner chose.
  const doc = new DOMParser().parseFromString(fullTextCache.get(lang), 'text/html');
  const level = Number(headingLevel);
  for (const [from, to] of [['h3', Math.min(level + 1, 6)], ['h2', level]]) {
    for (const heading of doc.querySelectorAll(from)) {
      const renamed = doc.createElement(`h${to}`);
      renamed.append(...heading.childNodes);
      heading.replaceWith(renamed);
    }
  }
  return doc.querySelector('article').outerHTML;
}

function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

async function buildSnippet(options) {
  const original = embed.languages.find((l) => l.lang === embed.original);
  const chosen = embed.languages.find((l) => l.lang === options.lang) ?? original;
  const attributes = [
    options.lang && `lang="${options.lang}"`,
    options.previewCount !== DEFAULTS.previewCount && `preview-count="${escapeAttribute(options.previewCount)}"`,
    options.headingLevel !== DEFAULTS.headingLevel && `heading-level="${options.headingLevel}"`,
    options.theme !== DEFAULTS.theme && `theme="${options.theme}"`,
  ].filter(Boolean);
  const inside = options.fullText
    ? await fullTextFor(chosen.lang, options.headingLevel)
    : `<a href="${escapeAttribute(embed.canonicalUrl)}">${chosen.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</a>`;
  const lines = [`<script src="${embed.url}" integrity="${embed.integrity}" crossorigin="anonymous" defer></script>`];
  if (options.accent !== DEFAULTS.accent) {
    lines.push(`<style>joint-statement { --joint-statement-accent: ${options.accent}; }</style>`);
  }
  lines.push(`<joint-statement${attributes.map((a) => ` ${a}`).join('')}>`, `  ${inside.trim()}`, '</joint-statement>');
  return lines.join('\n');
}

/** The preview is the snippet itself, minus the script (already on this page). */
function showPreview(snippet) {
  const doc = new DOMParser().parseFromString(`<body>${snippet}</body>`, 'text/html');
  doc.querySelectorAll('script').forEach((script) => script.remove());
  preview.replaceChildren(...[...doc.body.childNodes].map((node) => document.importNode(node, true)));
}

// WCAG relative luminance and contrast ratio.
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function checkAccent(options) {
  if (options.accent === DEFAULTS.accent) return (accentWarning.hidden = true);
  const themes = options.theme === 'auto' ? ['light', 'dark'] : [options.theme];
  const failing = themes.filter((theme) => contrast(options.accent, BACKGROUNDS[theme]) < 4.5);
  accentWarning.hidden = failing.length === 0;
  accentWarning.textContent = failing.length
    ? `This accent colour is hard to read on the ${failing.join(' and ')} background (contrast below 4.5:1). ` +
      (options.theme === 'auto' ? 'Choose "Always light" or "Always dark", or another colour.' : 'Choose another colour.')
    : '';
}

let latest = 0;
async function update() {
  const run = ++latest;
  document.body.dataset.ready = 'false'; // tests wait for 'true': snippet and preview match the form
  const options = readOptions();
  const snippet = await buildSnippet(options);
  if (run !== latest) return; // a newer change has already been shown
  snippetBox.textContent = snippet;
  showPreview(snippet);
  checkAccent(options);
  copyStatus.textContent = '';
  document.body.dataset.ready = 'true';
}

async function copySnippet() {
  try {
    await navigator.clipboard.writeText(snippetBox.textContent);
    copyStatus.textContent = 'Copied. Paste it into your page.';
  } catch {
    // No clipboard permission (or an old browser): select the text for the reader to copy.
    const range = document.createRange();
    range.selectNodeContents(snippetBox);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    snippetBox.focus();
    copyStatus.textContent = 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
  }
}

async function start() {
  embed = await (await fetch('/dist/embed.json')).json();
  for (const { lang, name } of embed.languages) form.lang.append(new Option(name, lang));
  document.querySelector('#version').textContent = embed.version;
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  copyButton.addEventListener('click', copySnippet);
  await update();
}

start();
