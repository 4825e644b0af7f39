// Runs the built plugin inside WordPress's own code (Debian's `wordpress` package, no database):
// see wordpress.php for the scenario it takes. Skipped where WordPress and PHP are missing
// (`npm run e2e:wordpress` installs them).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFragment } from 'parse5';

const here = dirname(fileURLToPath(import.meta.url));
const php = ['/usr/bin/php', '/usr/local/bin/php'].find(existsSync);

/** Why the WordPress tests cannot run here, or false when they can. */
export const wordpressMissing =
  !(php && existsSync('/usr/share/wordpress/wp-includes/class-wp-scripts.php')) &&
  'WordPress and PHP are not installed here (npm run e2e:wordpress installs them)';

/**
 * @param {string} plugin the built plugin's folder
 * @param {object} scenario see wordpress.php
 * @returns {{ content: string[], footer: string }}
 */
export function inWordPress(plugin, scenario) {
  return JSON.parse(execFileSync(php, [join(here, 'wordpress.php')], { input: JSON.stringify({ plugin, ...scenario }), encoding: 'utf8' }));
}

/** Every element in document order. */
export function* elementsOf(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elementsOf(child.content ?? child);
  }
}

/** The <script src> elements of some HTML, each as { attribute: value }, as a browser parses them. */
export const scriptsWithSrc = (html) =>
  [...elementsOf(parseFragment(html))]
    .filter((node) => node.tagName === 'script' && node.attrs.some((attr) => attr.name === 'src'))
    .map((node) => Object.fromEntries(node.attrs.map(({ name, value }) => [name, value])));
