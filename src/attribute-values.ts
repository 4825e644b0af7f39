// The values the element accepts for its attributes, in one place: the element validates
// against them, and the build hands them to tools that write the element for partners (the
// WordPress plugin offers exactly these), so a change here reaches both.

/** `heading-level`: the statement's heading; the signatory heading is one below. */
export const HEADING_LEVELS = { min: 2, max: 6, default: 2 } as const;

/** `preview-count`: signatories shown while the list is collapsed. */
export const PREVIEW_COUNT = { min: 0, default: 3 } as const;

/** `theme`: `auto` follows the reader's colour-scheme preference. */
export const THEMES = ['auto', 'light', 'dark'] as const;
/** The colour themes `theme` accepts. */
export type Theme = (typeof THEMES)[number];
export const DEFAULT_THEME: Theme = 'auto';
