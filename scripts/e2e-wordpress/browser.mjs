// Headless Chromium from apt, offline: the release's CDN address (and the snippets' other ways
// to the same file) is answered with the built file (so its integrity is really checked), repository pages from disk, and any other request
// off this machine is refused and counted.
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from '../chromium-args.mjs';
import { followRange, selfHostedFileName } from '../lib/snippets.mjs';

export const REPOSITORY_ORIGIN = 'http://repository.localhost';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export function launchChromium() {
  return puppeteer.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs, headless: true });
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {{ root: string, releaseUrl: string }} options
 * @returns {{ external: string[], scripts: string[] }} requests refused, and loads of the widget's script
 */
export async function offline(page, { root, releaseUrl }) {
  const seen = { external: [], scripts: [] };
  // The generator's other ways to load the same file: the version range ("follow updates"),
  // and the partner's own copy on their site, as if they had put it there.
  const version = /@([^/]+)\//.exec(releaseUrl)[1];
  const followUrl = releaseUrl.replace(`@${version}/`, `@${followRange(version)}/`);
  const selfHostedPath = `/${selfHostedFileName(version)}`;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const sameFile = url === releaseUrl || url === followUrl || new URL(url).pathname === selfHostedPath;
    if (sameFile || /\/joint-statement\/assets\/joint-statement\.js(\?|$)/.test(url)) seen.scripts.push(url);
    if (sameFile) {
      return request.respond({ status: 200, contentType: 'text/javascript', headers: { 'Access-Control-Allow-Origin': '*' }, body: readFileSync(join(root, 'dist/joint-statement.js')) });
    }
    if (url.startsWith(`${REPOSITORY_ORIGIN}/`)) {
      const path = normalize(decodeURIComponent(new URL(url).pathname)).replace(/^\/+/, '');
      try {
        return request.respond({ status: 200, contentType: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(join(root, path)) });
      } catch {
        return request.respond({ status: 404, body: '' });
      }
    }
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || hostname === '127.0.0.1') return request.continue();
    seen.external.push(url);
    return request.abort('blockedbyclient');
  });
  return seen;
}
