// Plain JavaScript with JSDoc types: the content compiler imports this very file without
// compiling it, and the full-text template (src/full-text.ts) gives each name its direction.

/**
 * Right to left for Arabic, Hebrew, Persian…: ICU knows, so no table of our own.
 *
 * @param {string} lang a BCP 47 tag
 * @returns {'ltr' | 'rtl'}
 */
export function writingDirection(lang) {
  const locale = /** @type {any} */ (new Intl.Locale(lang));
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}
