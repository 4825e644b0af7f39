// The rule for the statement's headings, in one place: the title at the chosen level, "Signed
// by" one below (at most h6). The element's templates apply it (joint-statement.ts,
// headings.ts), the build applies it to the full text, and the WordPress plugin applies the
// table the build writes from it (data/statements.json). Plain JavaScript with JSDoc types, so
// the build scripts import this very file without compiling it.

/**
 * The level of the "Signed by" heading under a title at `level`.
 * @param {number} level
 */
export const signatoriesLevel = (level) => Math.min(level + 1, 6);

/**
 * The renames that take the full text, written with `<h2>` (title) and `<h3>` (Signed by), to a
 * title at `level`: a table, so the plugin's PHP applies the same with strtr.
 * @param {number} level
 * @returns {Record<string, string>}
 */
export function headingRenames(level) {
  const sub = signatoriesLevel(level);
  return { '<h2>': `<h${level}>`, '</h2>': `</h${level}>`, '<h3>': `<h${sub}>`, '</h3>': `</h${sub}>` };
}

/**
 * The full text with its headings at `level`, every tag renamed at once as strtr does, so
 * h2 → h3 and h3 → h4 never chain.
 * @param {string} fragment
 * @param {number} level
 */
export function withHeadingLevel(fragment, level) {
  const renames = headingRenames(level);
  return fragment.replace(/<\/?h[23]>/g, (tag) => renames[tag]);
}
