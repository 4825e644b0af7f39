// The statement a bundle carries, as the module `joint-statement:bundled-statement` that the
// bundle entries import (declared in src/bundled-statement.d.ts): one object literal, so it
// costs no more than the statement written as code.
import { filterThreshold } from './flags.mjs';

const SPECIFIER = 'joint-statement:bundled-statement';
const VIRTUAL_ID = `\0${SPECIFIER}`;

/** Interface text that only the filter shows. */
const FILTER_STRINGS = ['filter', 'filterCount', 'filterTooMany'];
/** Counted messages whose count is always the list's total or its number of countries. */
const TOTAL_COUNTS = ['showAll', 'summary', 'countries'];
/** The note under a translation's title; never shown under the original. */
const TRANSLATION_NOTES = ['unofficialTranslation', 'officialTranslation'];

/** Rollup plugin: provides the statement module for `statement`. */
export function bundledStatement(statement) {
  return {
    name: 'bundled-statement',
    resolveId: (source) => (source === SPECIFIER ? VIRTUAL_ID : null),
    load: (id) => (id === VIRTUAL_ID ? `export default ${JSON.stringify(withoutUnusedText(statement))};` : null),
  };
}

/**
 * The compiled statement without the interface text its content can never show: the
 * filter's on a short list; the translation note under the original; "Official translation"
 * when no translation is official; "Signatories as of" when the statement gives no date; the
 * plural forms of the totals' messages that the statement's own counts never pick.
 * The element reads each only behind the condition that is false here. Data, not code: an
 * element of another release shows this statement as well.
 */
export function withoutUnusedText(statement) {
  const trimmed = structuredClone(statement);
  const unused = new Set();
  if (trimmed.signatories.length <= filterThreshold()) for (const key of FILTER_STRINGS) unused.add(key);
  if (!trimmed.translations.some(({ official, source }) => official && source)) unused.add('officialTranslation');
  if (!trimmed.updated) unused.add('signatoriesAsOf');
  const counts = [trimmed.signatories.length, new Set(trimmed.signatories.map(({ country }) => country)).size];
  for (const { lang, ui } of trimmed.translations) {
    for (const key of Object.keys(ui)) {
      if (unused.has(key) || (lang === trimmed.original && TRANSLATION_NOTES.includes(key))) delete ui[key];
    }
    const rules = new Intl.PluralRules(lang);
    const picked = new Set(['other', ...counts.flatMap((count) => [`=${count}`, rules.select(count)])]);
    for (const key of TOTAL_COUNTS) {
      if (typeof ui[key] !== 'object') continue;
      for (const form of Object.keys(ui[key])) if (!picked.has(form)) delete ui[key][form];
    }
  }
  return trimmed;
}
