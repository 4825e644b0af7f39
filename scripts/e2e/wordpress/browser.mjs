// A page of headless Chromium, offline: the release's CDN addresses (and the snippets' other ways
// to the same files: the plain bundle and the hydrating one) are answered with the built files (so its integrity is really checked), repository pages from disk, and any other request
// off this machine is refused and counted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentType, filesIn } from '../../lib/server.mjs';
import { followRange, selfHostedFileName } from '../../../src/snippets/index.js';

const REPOSITORY_ORIGIN = 'http://repository.localhost';

/**
 * @param {import('puppeteer-core').Page} page
 * @param {{ root: string, releaseUrl: string }} options releaseUrl: the plain bundle's; the
 *   hydrating bundle's is beside it
 * @returns {{ external: string[], scripts: string[] }} requests refused, and loads of the widget's script
 */
export async function offline(page, { root, releaseUrl }) {
  const seen = { external: [], scripts: [] };
  const repositoryFile = filesIn(root);
  // The generator's other ways to load the same file: the version range ("follow updates"),
  // and the partner's own copy on their site, as if they had put it there.
  const version = /@([^/@]+)\/dist\//.exec(releaseUrl)[1];
  /** The built file a URL is a way to, if it is one: any statement's bundles in this release. */
  const ids = readdirSync(join(root, 'dist'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const builtFileFor = (url) =>
    ids
      .flatMap((id) => [`${id}/joint-statement.js`, `${id}/joint-statement-hydrate.js`])
      .find((file) => {
        const pinned = releaseUrl.replace(/\/dist\/.*$/, `/dist/${file}`);
        return (
          url === pinned ||
          url === pinned.replace(`@${version}/`, `@${followRange(version)}/`) ||
          new URL(url).pathname === `/${selfHostedFileName(version, file)}`
        );
      });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const sameFile = builtFileFor(url);
    if (sameFile || /\/joint-statement\/assets\/[^/]+\/joint-statement\.js(\?|$)/.test(url)) seen.scripts.push(url);
    if (sameFile) {
      return request.respond({
        status: 200,
        contentType: 'text/javascript',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: readFileSync(join(root, 'dist', sameFile)),
      });
    }
    if (url.startsWith(`${REPOSITORY_ORIGIN}/`)) {
      const { pathname } = new URL(url);
      const body = repositoryFile(pathname);
      return body ? request.respond({ status: 200, contentType: contentType(pathname), body }) : request.respond({ status: 404, body: '' });
    }
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || hostname === '127.0.0.1') return request.continue();
    seen.external.push(url);
    return request.abort('blockedbyclient');
  });
  return seen;
}
