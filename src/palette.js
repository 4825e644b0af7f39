// The widget's default colours, in one place: the styles fall back to them where a page sets no
// custom property, the snippet format writes an accent only when it differs from the default,
// and the generator checks a partner's accent against the backgrounds. Plain JavaScript with
// JSDoc types, as attribute-values.js, so the build and the generator import this very file.

/** The default colours of each theme; text, muted text and accent each meet WCAG AA on the background. */
export const PALETTES = /** @type {const} */ ({
  light: { accent: '#0a58a8', text: '#1f2328', background: '#ffffff', muted: '#535b65' },
  dark: { accent: '#8cc2ff', text: '#e6e8eb', background: '#16191d', muted: '#abb3bd' },
});
