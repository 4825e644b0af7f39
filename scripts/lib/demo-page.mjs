// The demo page (demo/index.html, served by `npm start`) shows the snippets the build writes,
// never a hand-copied one: its `<!-- build:NAME -->` markers are filled from dist/ as it is served.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from './escape-html.mjs';
import { everyPartFile, partsFrom, snippetFor } from './snippets.mjs';

/**
 * The page with each marker replaced: `snippet-code` is dist/embed.html as code to copy;
 * `snippet-default` and `snippet-es` are the element as those snippets put it on a page (the
 * demo loads the script itself). Throws on a marker it does not know.
 * @param {string} page the demo page's HTML
 * @param {string} distDir the built dist/ folder
 */
export function fillDemoPage(page, distDir) {
  const embed = JSON.parse(readFileSync(join(distDir, 'embed.json'), 'utf8'));
  const files = Object.fromEntries(everyPartFile(embed).map((file) => [file, readFileSync(join(distDir, file), 'utf8')]));
  const markup = (choices) => snippetFor(embed, choices, partsFrom(files, choices.lang ?? embed.original, choices.headingLevel)).markup;
  const fills = {
    'snippet-code': () => escapeHtml(readFileSync(join(distDir, 'embed.html'), 'utf8').trim()),
    'snippet-default': () => markup({}),
    'snippet-es': () => markup({ lang: 'es', headingLevel: '3' }),
  };
  return page.replace(/<!-- build:([a-z-]+) -->/g, (marker, name) => {
    if (!fills[name]) throw new Error(`demo page: no ${marker}; use one of ${Object.keys(fills).join(', ')}`);
    return fills[name]();
  });
}
