import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Dev-server middleware: serves dist/*.js and dist/*.json byte for byte. The test server would
 * otherwise pass every .js file through esbuild (the config's target), so pages would run a
 * re-printed bundle rather than the file partners get, and an SRI hash of the built file could
 * never match; and it turns .json files into modules (for src/generated/statement.json), which
 * dist/embed.json, fetched as data by the generator, must not be.
 * `?delay=MS` holds the answer back that long: a slow network, so the script arrives after
 * the page's first paint (the layout-shift tests).
 */
export function distAsBuilt(rootDir = process.cwd()) {
  return async function serveDistAsBuilt(context, next) {
    // dist/, and the builds of the several-statements tests (scripts/cli/build-test-releases.mjs).
    const file = /^\/((?:test\/\.built\/[\w-]+\/)?dist\/(?:[\w-]+\/)*[\w-]+\.(?:js|json))$/.exec(context.path)?.[1];
    if (!file) return next();
    const delay = Number(context.query.delay ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
    try {
      context.body = await readFile(join(rootDir, file));
    } catch {
      return next();
    }
    context.type = file.endsWith('.json') ? 'application/json' : 'text/javascript';
    context.set('Cache-Control', 'no-cache');
  };
}
