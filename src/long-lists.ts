/** Lists longer than this get a filter box when expanded. */
export const FILTER_THRESHOLD = 20;

/**
 * The signatory count of the compiled statement, when the build is specialised to it: the
 * one-file bundles set it (see scripts/specialise-to-content.mjs). Left undefined here, so the
 * module (lib/) serves any statement, a subclass's too.
 */
const specialisedTo: number | undefined = undefined;

/**
 * Whether this build carries what only long lists use: the filter and its search, and the
 * paced growth of an expanded list. A seed of seven names ships none of that code.
 */
export const LONG_LISTS = specialisedTo === undefined || specialisedTo > FILTER_THRESHOLD;
