// A tiny static server on 127.0.0.1 and a random port, serving files from memory, gzipped when
// the browser accepts it, as a partner's server or a CDN would.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** @param {Map<string, string | Buffer>} files path ("/x.html") → body; may change while serving */
export async function startServer(files) {
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
    const body = files.get(path);
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const sent = gzip ? gzipped(path, body) : body;
    response.writeHead(200, {
      'content-type': types[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream',
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
