import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Dev-server middleware: serves dist/*.js byte for byte. The test server would otherwise pass
 * every .js file through esbuild (the config's target), so pages would run a re-printed bundle
 * rather than the file partners get, and an SRI hash of the built file could never match.
 */
export function distAsBuilt(rootDir = process.cwd()) {
  return async function serveDistAsBuilt(context, next) {
    const file = /^\/dist\/([\w-]+\.js)$/.exec(context.path)?.[1];
    if (!file) return next();
    try {
      context.body = await readFile(join(rootDir, 'dist', file));
    } catch {
      return next();
    }
    context.type = 'text/javascript';
    context.set('Cache-Control', 'no-cache');
  };
}
