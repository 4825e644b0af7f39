// Build-time flags (src/build-flags.ts) per statement bundle, through a module the build
// provides in place of that file (compile-plugins.mjs), for the bundles and the server render
// alike, so both leave out the same code.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FLAGS_MODULE = /[\\/]src[\\/]build-flags\.ts$/;
const VIRTUAL_ID = '\0joint-statement:build-flags';

/** The threshold as src/long-lists.ts states it, so the two never disagree. */
export function filterThreshold() {
  const source = readFileSync(join(root, 'src/long-lists.ts'), 'utf8');
  const threshold = /export const FILTER_THRESHOLD = (\d+);/.exec(source)?.[1];
  if (!threshold) throw new Error('src/long-lists.ts: no "export const FILTER_THRESHOLD = <number>;"');
  return Number(threshold);
}

/**
 * The flags for a statement's bundle. JOINT_STATEMENT_SPECIALISE=0 (the bench's size table, to
 * show what specialisation removes) keeps the long-list code whatever the statement.
 * @param {{ signatories: unknown[] }} statement
 * @param {{ hydration: boolean }} options hydration: the hydrating bundle (Lit's hydrate support)
 */
export function flagsFor(statement, { hydration }) {
  const everything = process.env.JOINT_STATEMENT_SPECIALISE === '0';
  return {
    LONG_LISTS_IN_BUILD: everything || statement.signatories.length > filterThreshold(),
    HYDRATION_IN_BUILD: hydration,
  };
}

/** The module's source for these flags. */
const flagsSource = (flags) =>
  Object.entries(flags)
    .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
    .join('\n');

const isBuildFlagsModule = (id) => FLAGS_MODULE.test(id);

/** Rollup plugin: src/build-flags.ts becomes these flags. */
export function buildFlags(flags) {
  return {
    name: 'build-flags',
    async resolveId(source, importer, options) {
      if (!/build-flags(\.js|\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && isBuildFlagsModule(resolved.id) ? VIRTUAL_ID : null;
    },
    load(id) {
      return id === VIRTUAL_ID ? flagsSource(flags) : null;
    },
  };
}
