/**
 * What a one-file bundle carries, decided per statement by the build: scripts/rollup/flags.mjs
 * replaces this module in each Rollup build (and in the server render of pre-rendered
 * snippets) with the values for that bundle's statement, so the code behind a false flag is
 * left out. These defaults, everything in, serve lib/, the dev server and the tests, whose
 * element must show any statement.
 */

/** The filter, its search and the paced growth of long signatory lists. */
export const LONG_LISTS_IN_BUILD: boolean = true;

/** Adopting a server render (Lit's hydrate support): only the hydrating bundle can run it. */
export const HYDRATION_IN_BUILD: boolean = true;
