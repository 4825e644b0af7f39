import { LONG_LISTS_IN_BUILD } from './build-flags.js';

/** Lists longer than this get a filter box when expanded. */
export const FILTER_THRESHOLD = 20;

/**
 * Whether this build carries what only long lists use: the filter and its search, and the
 * paced growth of an expanded list. The bundle of a statement with a short list ships none of
 * that code (see build-flags.ts).
 */
export const LONG_LISTS = LONG_LISTS_IN_BUILD;
