/**
 * One Intl object per language, made on first use: constructing them is costly (locale data,
 * options resolution), using them is cheap, and the filter formats a count on every keystroke.
 */
export function perLanguage<T>(create: (lang: string) => T): (lang: string) => T {
  const made = new Map<string, T>();
  return (lang) => {
    let value = made.get(lang);
    if (value === undefined) {
      value = create(lang);
      made.set(lang, value);
    }
    return value;
  };
}
