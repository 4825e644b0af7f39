// The publishing tools partners paste the statement into, run for real on this machine: each
// takes a partner article (Markdown or HTML around the snippet, plus the files a destination
// asks for, such as a Hugo shortcode) and returns the HTML its readers get inside <main>.
// Hugo and Jekyll are Debian's; Eleventy, sanitize-html and DOMPurify (with jsdom) come from
// npm; WordPress's wpautop is run from Debian's wordpress package with PHP's CLI.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Writes `files` (path → text) under a new temporary folder, runs `work(dir)`, and removes the folder. */
async function inTempSite(files, work) {
  const dir = mkdtempSync(join(tmpdir(), 'joint-statement-publishing-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The part of a built page between the layout's markers: what the tool made of the post. */
function between(html, tool) {
  const body = /<main>([\s\S]*)<\/main>/.exec(html)?.[1];
  if (body === undefined) throw new Error(`${tool}: the built page has no <main>`);
  return body;
}

const LAYOUT = (content) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner article</title></head><body><main>${content}</main></body></html>\n`;

/**
 * Hugo (Goldmark). `unsafe`: `markup.goldmark.renderer.unsafe`, which lets raw HTML through
 * (off by default); `shortcodes`: files for layouts/shortcodes/ (name → text).
 */
export function hugo(markdown, { unsafe = false, shortcodes = {} } = {}) {
  const files = {
    'config.toml': `baseURL = "http://example.org/"\ntitle = "Partner"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n[markup.goldmark.renderer]\nunsafe = ${unsafe}\n`,
    'content/post.md': `---\ntitle: Partner article\n---\n${markdown}`,
    'layouts/_default/single.html': LAYOUT('{{ .Content }}'),
    'layouts/index.html': '',
    ...Object.fromEntries(Object.entries(shortcodes).map(([name, text]) => [`layouts/shortcodes/${name}`, text])),
  };
  return inTempSite(files, (dir) => {
    // Its cache too inside the site's folder: by default Hugo keeps one per site in the temp folder.
    execFileSync('hugo', ['--source', dir, '--destination', join(dir, 'public'), '--cacheDir', join(dir, 'cache'), '--quiet'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return between(readFileSync(join(dir, 'public/post/index.html'), 'utf8'), 'hugo');
  });
}

/** Jekyll (kramdown, Jekyll's defaults); `includes`: files for _includes/ (name → text). */
export function jekyll(markdown, { includes = {} } = {}) {
  const files = {
    '_config.yml': 'title: Partner\n',
    '_layouts/default.html': LAYOUT('{{ content }}'),
    'post.md': `---\nlayout: default\n---\n${markdown}`,
    ...Object.fromEntries(Object.entries(includes).map(([name, text]) => [`_includes/${name}`, text])),
  };
  return inTempSite(files, (dir) => {
    execFileSync('jekyll', ['build', '--source', dir, '--destination', join(dir, '_site'), '--quiet', '--disable-disk-cache'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, JEKYLL_ENV: 'production' },
    });
    return between(readFileSync(join(dir, '_site/post.html'), 'utf8'), 'jekyll');
  });
}

/**
 * Eleventy with its defaults: a Markdown page (markdown-it with `html: true`, Liquid first) or
 * a Nunjucks page (`engine: 'njk'`).
 */
export async function eleventy(source, { engine = 'md' } = {}) {
  const { default: Eleventy } = await import('@11ty/eleventy');
  return inTempSite({ [`post.${engine}`]: source }, async (dir) => {
    const site = new Eleventy(dir, join(dir, '_site'), { quietMode: true });
    const [page] = await site.toJSON();
    return page.content;
  });
}

/** sanitize-html with its defaults, as CMSes and comment systems run it on pasted HTML. */
export async function sanitizeHtml(html) {
  const { default: sanitize } = await import('sanitize-html');
  return sanitize(html);
}

/** DOMPurify with its defaults, in jsdom. */
export async function domPurify(html) {
  const [{ default: createDOMPurify }, { JSDOM }] = await Promise.all([import('dompurify'), import('jsdom')]);
  const { window } = new JSDOM('');
  try {
    return createDOMPurify(window).sanitize(html);
  } finally {
    window.close();
  }
}

/** WordPress's `wpautop` ("convert line breaks", as on Classic-editor posts), from Debian's wordpress package. */
export function wpautop(html) {
  return execFileSync('php', [join(here, 'autop.php'), 'wpautop'], { input: html, encoding: 'utf8' });
}
