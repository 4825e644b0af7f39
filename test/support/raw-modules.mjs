import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';

/**
 * Dev-server middleware: `/raw/lib/…` and `/raw/node_modules/…` serve those ES modules (and
 * the JSON module lib/statement.js imports) byte for byte, bare specifiers and all, as a plain
 * static server would. The test server rewrites bare imports everywhere else, which would
 * hide what a page's import map must provide.
 */
export function rawModules(rootDir = process.cwd()) {
  return async function serveRawModules(context, next) {
    const path = /^\/raw\/((?:lib|node_modules)\/[\w@./-]+\.(?:js|json))$/.exec(context.path)?.[1];
    if (!path || normalize(path).startsWith('..')) return next();
    try {
      context.body = await readFile(join(rootDir, path));
    } catch {
      return next();
    }
    context.type = path.endsWith('.json') ? 'application/json' : 'text/javascript';
  };
}
