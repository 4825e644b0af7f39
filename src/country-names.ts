const regionNamesByLanguage = new Map<string, Intl.DisplayNames>();

/** Country names come from the browser's own data in the reader's language: no table to maintain. */
export function countryName(code: string, lang: string): string {
  let names = regionNamesByLanguage.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region' });
    regionNamesByLanguage.set(lang, names);
  }
  return names.of(code) ?? code;
}
