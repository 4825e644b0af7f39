import type { Translation } from './content-model.js';

const regionNamesByLanguage = new Map<string, Intl.DisplayNames>();

/**
 * Country names come from ICU in the reader's language: no table to maintain. The build
 * names the signatories' countries ahead (`formatted.countries`); other codes ask the browser.
 */
export function countryName(code: string, { lang, formatted }: Pick<Translation, 'lang' | 'formatted'>): string {
  const preformatted = formatted?.countries[code];
  if (preformatted) return preformatted;
  let names = regionNamesByLanguage.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region' });
    regionNamesByLanguage.set(lang, names);
  }
  return names.of(code) ?? code;
}
