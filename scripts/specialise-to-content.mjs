import { readCompiledStatement } from './lib/compiled-statement.mjs';

const MODULE = /[\\/]src[\\/]long-lists\.ts$/;
const UNSET = 'const specialisedTo: number | undefined = undefined;';
const HYDRATION_MODULE = /[\\/]src[\\/]declarative-root\.ts$/;
const HYDRATION = 'const hydrationInBuild = true;';

/**
 * Rollup plugin: builds the bundle for the statement it carries. src/long-lists.ts gets the
 * compiled signatory count, so `LONG_LISTS` is a constant and Rollup drops the code behind it
 * when the list is short (the filter, its search and the paced growth). A 10,000-name
 * statement keeps all of it. `hydration: false` (the plain bundle) also drops the code that
 * adopts a server render, which only Lit's hydrate support can run.
 */
export function specialiseToContent({ hydration = true } = {}) {
  let count;
  return {
    name: 'specialise-to-content',
    buildStart() {
      count = specialisedCount(readCompiledStatement());
      this.info(count === undefined ? 'not specialised (JOINT_STATEMENT_SPECIALISE=0)' : `specialised to ${count} signatories`);
    },
    transform(code, id) {
      if (MODULE.test(id)) return { code: specialise(code, id, count), map: null };
      // The plain bundle has no hydrate support: its code to adopt a server render goes too.
      if (!hydration && HYDRATION_MODULE.test(id)) {
        if (!code.includes(HYDRATION)) throw new Error(`${id}: no "${HYDRATION}" to switch off`);
        return { code: code.replace(HYDRATION, 'const hydrationInBuild = false;'), map: null };
      }
      return null;
    },
  };
}

/**
 * The count to specialise a build to; undefined with JOINT_STATEMENT_SPECIALISE=0, which the
 * bench sets to show in its size table what specialisation removes.
 */
export const specialisedCount = (statement) => (process.env.JOINT_STATEMENT_SPECIALISE === '0' ? undefined : statement.signatories.length);

/**
 * src/long-lists.ts's source for a statement of `count` signatories. The server render of a
 * pre-rendered snippet is specialised the same way as the bundle that hydrates it: both must
 * render the same templates.
 */
export function specialise(code, id, count) {
  if (count === undefined) return code;
  if (!code.includes(UNSET)) throw new Error(`${id}: no "${UNSET}" to specialise`);
  return code.replace(UNSET, `const specialisedTo: number | undefined = ${count};`);
}

export const isLongListsModule = (id) => MODULE.test(id);
