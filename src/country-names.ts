import type { Translation } from './content-model.js';
import { perLanguage } from './per-language.js';

const regionNames = perLanguage((lang) => new Intl.DisplayNames([lang], { type: 'region' }));

/**
 * Country names come from ICU in the reader's language: no table to maintain. The build
 * names the signatories' countries ahead (`formatted.countries`); other codes ask the browser.
 */
export function countryName(code: string, { lang, formatted }: Pick<Translation, 'lang' | 'formatted'>): string {
  const preformatted = formatted?.countries[code];
  if (preformatted) return preformatted;
  return regionNames(lang).of(code) ?? code;
}
