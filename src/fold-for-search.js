// Plain JavaScript, shared as is: the element's filter (src/signatory-search.ts) and the
// content build's duplicate-name check (scripts/content/check-signatories.mjs) fold alike.

/**
 * Case-, accent- and spacing-insensitive form, so "accion" finds "Acción" and "peru" finds
 * "Perú". Spaces are folded too: some keyboards and pastes give no-break spaces. Lower case
 * without a locale: under a Turkish one, "INSTITUTO" would become "ınstıtuto" and stop
 * matching "instituto". The two space passes take a third of the time of one /\s+/g.
 * Not trimmed: a name's folded key keeps its place for `includes`.
 * @param {string} text
 * @returns {string}
 */
export function foldForSearch(text) {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[^\S ]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .toLowerCase();
}
