// Plain JavaScript, shared as is: the build formats the dates of the first paint with it
// (scripts/content/preformat.mjs), and the element with the same code when a date was not
// formatted at build time (src/messages.ts), so both read alike.

/**
 * `YYYY-MM-DD` or `YYYY-MM` as `lang` writes dates ("30 de mayo de 2019", "May 2019").
 * @param {string} value
 * @param {string} lang
 * @returns {string}
 */
export function formatDate(value, lang) {
  const [year, month, day] = value.split('-').map(Number);
  // UTC on both sides so the reader's time zone cannot move the date to the day before.
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  /** @type {Intl.DateTimeFormatOptions} */
  const options = day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}
