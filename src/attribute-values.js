// The values the element accepts for its attributes, in one place: the element validates
// against them, and the build hands them to tools that write the element for partners (the
// WordPress plugin offers exactly these), so a change here reaches both. Plain JavaScript with
// JSDoc types, so the build scripts import this very file without compiling it.

/** `heading-level`: the statement's heading; the signatory heading is one below. */
export const HEADING_LEVELS = /** @type {const} */ ({ min: 2, max: 6, default: 2 });

/** `preview-count`: signatories shown while the list is collapsed. */
export const PREVIEW_COUNT = /** @type {const} */ ({ min: 0, default: 3 });

/** `theme`: `auto` follows the reader's colour-scheme preference. */
export const THEMES = /** @type {const} */ (['auto', 'light', 'dark']);
/** @typedef {(typeof THEMES)[number]} Theme The colour themes `theme` accepts. */
/** @type {Theme} */
export const DEFAULT_THEME = 'auto';
