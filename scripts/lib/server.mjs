// The one static server of the scripts: 127.0.0.1 on a random port, serving pages from memory
// or a folder's files, gzipped when the browser accepts it, as a partner's server or a CDN would.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** @param {string} path @returns {string} the Content-Type a server gives that file */
export const contentType = (path) => TYPES[extname(path)] ?? 'application/octet-stream';

/**
 * A folder's files by URL path, as a plain static server finds them; nothing outside it.
 * @param {string} folder
 * @returns {(path: string) => Buffer | undefined}
 */
export function filesIn(folder) {
  return (urlPath) => {
    const path = normalize(decodeURIComponent(urlPath)).replace(/^\/+/, '');
    const file = join(folder, path);
    if (path.startsWith('..') || !existsSync(file) || !statSync(file).isFile()) return undefined;
    return readFileSync(file);
  };
}

/**
 * @param {Map<string, string | Buffer> | ((path: string) => string | Buffer | undefined)} files
 *   path ("/x.html") → body: a map that may change while serving, or filesIn(folder)
 */
export async function startServer(files) {
  const bodyOf = typeof files === 'function' ? files : (path) => files.get(path);
  // Compressed once per body: the bench's untimed warm-up round asks for every page first.
  /** @type {Map<string, { body: string | Buffer, gzipped: Buffer }>} */
  const compressed = new Map();
  const gzipped = (path, body) => {
    let entry = compressed.get(path);
    if (entry?.body !== body) {
      entry = { body, gzipped: gzipSync(body, { level: 9 }) };
      compressed.set(path, entry);
    }
    return entry.gzipped;
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const body = bodyOf(path);
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const sent = gzip ? gzipped(path, body) : body;
    response.writeHead(200, {
      'content-type': contentType(path),
      'content-length': Buffer.byteLength(sent),
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(sent);
  });
  // Keep-alive sockets would hold close() open; the bench never needs them after a page.
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}
