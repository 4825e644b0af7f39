import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCompiledStatement } from './lib/compiled-statement.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STATEMENT_MODULE = /[\\/]src[\\/]generated[\\/]statement\.json$/;
/** Interface text that only the filter shows. */
const FILTER_STRINGS = ['filter', 'filterCount', 'filterTooMany'];
/** The note under a translation's title; never shown under the original. */
const TRANSLATION_NOTES = ['unofficialTranslation', 'officialTranslation'];

const MODULE = /[\\/]src[\\/]long-lists\.ts$/;
const UNSET = 'const specialisedTo: number | undefined = undefined;';
const HYDRATION_MODULE = /[\\/]src[\\/]declarative-root\.ts$/;
const HYDRATION = 'const hydrationInBuild = true;';

/**
 * Rollup plugin: builds the bundle for the statement it carries. src/long-lists.ts gets the
 * compiled signatory count, so `LONG_LISTS` is a constant and Rollup drops the code behind it
 * when the list is short (the filter, its search and the paced growth). A 10,000-name
 * statement keeps all of it. The statement's JSON also loses the interface text its content can
 * never show (see withoutUnusedText), so this plugin goes before the one that turns the JSON
 * into a module. `hydration: false` (the
 * plain bundle) also drops the code that adopts a server render, which only Lit's hydrate
 * support can run.
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
      if (STATEMENT_MODULE.test(id) && count !== undefined) return { code: withoutUnusedText(code, count), map: null };
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

/** The threshold as src/long-lists.ts states it, so the two never disagree. */
function filterThreshold() {
  const source = readFileSync(join(root, 'src/long-lists.ts'), 'utf8');
  const threshold = /export const FILTER_THRESHOLD = (\d+);/.exec(source)?.[1];
  if (!threshold) throw new Error('src/long-lists.ts: no "export const FILTER_THRESHOLD = <number>;"');
  return Number(threshold);
}

/**
 * The compiled statement (JSON) without the interface text its content can never show: the
 * filter's on a short list; the translation note under the original; "Official translation"
 * when no translation is official; "Signatories as of" when the statement gives no date.
 * The element reads each only behind the condition that is false here.
 */
export function withoutUnusedText(json, count) {
  const statement = JSON.parse(json);
  const unused = new Set();
  if (count <= filterThreshold()) for (const key of FILTER_STRINGS) unused.add(key);
  if (!statement.translations.some(({ official, source }) => official && source)) unused.add('officialTranslation');
  if (!statement.updated) unused.add('signatoriesAsOf');
  for (const { lang, ui } of statement.translations) {
    for (const key of Object.keys(ui)) {
      if (unused.has(key) || (lang === statement.original && TRANSLATION_NOTES.includes(key))) delete ui[key];
    }
  }
  return JSON.stringify(statement);
}
