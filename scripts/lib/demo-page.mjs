// The demo page (demo/index.html, served by `npm start`) shows the snippets the build writes,
// never a hand-copied one: its `<!-- build:NAME -->` markers are filled from dist/ as it is served.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from '../../src/snippets/escape-html.js';
import { everyPartFile, partsFrom, snippetFor } from '../../src/snippets/index.js';

/**
 * The page with each marker replaced: `scripts` loads every statement's bundle from dist/;
 * `snippet-default` is every statement of the build as its default snippet puts it on a page,
 * one section each; `snippet-es` is the first statement again in another of its languages, at
 * heading level 3, as the generator writes it; `snippet-code` is the first statement's
 * dist/<id>/embed.html as code to copy. Throws on a marker it does not know.
 * @param {string} page the demo page's HTML
 * @param {string} distDir the built dist/ folder
 */
export function fillDemoPage(page, distDir) {
  const index = JSON.parse(readFileSync(join(distDir, 'embed.json'), 'utf8'));
  const embeds = index.statements.map((entry) => ({ package: index.package, version: index.version, ...entry }));
  const markup = (embed, choices) => {
    const files = Object.fromEntries(everyPartFile(embed).map((file) => [file, readFileSync(join(distDir, embed.id, file), 'utf8')]));
    return snippetFor(embed, choices, partsFrom(files, choices.lang ?? embed.original, choices.headingLevel)).markup;
  };
  const [first] = embeds;
  const fills = {
    scripts: () => embeds.map(({ id }) => `<script src="/dist/${id}/joint-statement.js" defer></script>`).join('\n    '),
    'snippet-code': () => escapeHtml(readFileSync(join(distDir, first.snippet), 'utf8').trim()),
    'snippet-default': () =>
      embeds.map((embed) => `<section aria-label="${escapeHtml(embed.titles[embed.original])}">\n${markup(embed, {})}\n</section>`).join('\n'),
    'snippet-es': () => markup(first, { lang: first.languages.find((lang) => lang !== first.original) ?? first.original, headingLevel: '3' }),
  };
  return page.replace(/<!-- build:([a-z-]+) -->/g, (marker, name) => {
    if (!fills[name]) throw new Error(`demo page: no ${marker}; use one of ${Object.keys(fills).join(', ')}`);
    return fills[name]();
  });
}
