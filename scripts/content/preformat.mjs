// The Intl output the widget's first paint needs, computed here with Node's ICU so the
// browser does not load its own locale data before the statement shows (see Preformatted in
// src/content-model.ts). The full-text HTML uses the same values, so both read alike.
import { formatDate } from '../../src/format-date.js';

/**
 * @param {string} lang
 * @param {{ dates: (string | undefined)[], signatories: { country: string }[] }} statement
 *   `dates`: the statement's date and the signatory list's, either one absent
 * @returns {import('./model.mjs').Preformatted}
 */
export function preformat(lang, { dates, signatories }) {
  const codes = [...new Set(signatories.map((signatory) => signatory.country))];
  const regionNames = new Intl.DisplayNames([lang], { type: 'region' });
  const numberFormat = new Intl.NumberFormat(lang);
  const pluralRules = new Intl.PluralRules(lang);
  // The summary's two counts ("7 organizations from 4 countries"); also the toggle's.
  const counts = [signatories.length, codes.length];
  return {
    numbers: Object.fromEntries(counts.map((count) => [count, numberFormat.format(count)])),
    plurals: Object.fromEntries(counts.map((count) => [count, pluralRules.select(count)])),
    countries: Object.fromEntries(codes.map((code) => [code, regionNames.of(code) ?? code])),
    dates: Object.fromEntries(dates.filter(Boolean).map((date) => [date, formatDate(date, lang)])),
    // ICU's list patterns use "و" in Arabic, so the comma comes from the script: languages
    // written in Arabic script (Arabic, Persian, Urdu…) write "،".
    comma: new Intl.Locale(lang).maximize().script === 'Arab' ? '، ' : ', ',
    numberingSystem: numberFormat.resolvedOptions().numberingSystem,
  };
}
